/** Search across the open trip (the search feature fills this in). */
export function SearchDialog() {
  return null;
}
