export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>Moskvitch Market: a marketplace for AZLK pedal cars (1973–1994), classic Moskvitch cars, AZLK metal toys and their parts.</p>
        <p>Prices in US dollars unless a listing says otherwise.</p>
      </div>
    </footer>
  );
}
