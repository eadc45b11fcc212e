import "./globals.css";

// The page's <html> is written by app/[locale]/layout.tsx, in the page's language. This outer layout
// exists for app/not-found.tsx, the answer to an address no language's page could take.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
