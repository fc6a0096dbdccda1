import { requireStaffPage } from "@/lib/auth/require-staff";
import { SupervisorNav } from "./supervisor-nav";

/** The supervisor area: supervisors and admins (proxy.ts checks first; every page checks again). */
export default async function SupervisorLayout({ children }: { children: React.ReactNode }) {
  await requireStaffPage("supervisor", "/supervisor");
  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-4 pb-16 sm:px-6">
      <SupervisorNav />
      <div className="pt-6">{children}</div>
    </div>
  );
}
