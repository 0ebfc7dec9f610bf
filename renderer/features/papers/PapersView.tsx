/** Papers of the open trip (the papers feature fills this in). */
export function PapersView() {
  return <section aria-label="Papers" className="placeholder" />;
}
