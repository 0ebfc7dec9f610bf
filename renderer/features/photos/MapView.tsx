/** Map of the open trip (the photos feature fills this in). */
export function MapView() {
  return <section aria-label="Map" className="placeholder" />;
}
