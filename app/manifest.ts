import type { MetadataRoute } from "next";

// What a phone needs to put the market on its home screen: names, colours and icons (generated from
// public/favicon.svg). The colours are the header's.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Moskvitch Market",
    short_name: "Moskvitch",
    description:
      "AZLK Moskvitch pedal cars, classic Moskvitch cars, metal toys and spare parts, with what they are really worth.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#a4231b",
    icons: [
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
