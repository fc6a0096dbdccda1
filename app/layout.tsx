import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tandem · Support where AI and people work together", template: "%s" },
  description:
    "Tandem is an open-source agent console for human–AI support teams: AI answers with sources and hard limits, " +
    "people take over with full context, and supervisors measure resolution that lasts.",
  applicationName: "Tandem",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // Keeps the chat composer above the on-screen keyboard on phones.
  interactiveWidget: "resizes-content",
  themeColor: "#f6f7f9",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
