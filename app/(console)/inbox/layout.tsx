import { Toaster } from "@/components/toaster";

/** The inbox's pages share the toaster, so a refusal stays readable while the live page changes. */
export default function InboxLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <Toaster />
    </>
  );
}
