import Link from "next/link";

// An address outside every language (no page of app/[locale]/ took it): the plain English 404.
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <div className="container">
            <section className="error-page">
              <h1>We couldn’t find that page</h1>
              <p>The link may be mistyped.</p>
              <p>
                <Link className="button" href="/listings">
                  Browse the catalogue
                </Link>
              </p>
            </section>
          </div>
        </main>
      </body>
    </html>
  );
}
