/** Series of the open trip (the series feature fills this in). */
export function SeriesView() {
  return <section aria-label="Series" className="placeholder" />;
}
