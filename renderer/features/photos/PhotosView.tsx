/** Photos of the open trip (the photos feature fills this in). */
export function PhotosView() {
  return <section aria-label="Photos" className="placeholder" />;
}
