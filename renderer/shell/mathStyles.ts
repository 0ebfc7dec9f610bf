/**
 * KaTeX's stylesheet, for the views that typeset math in the page (the entry
 * editor's preview, search snippets). Imported by their chunks rather than by
 * main.tsx, so the trip list's first paint does not parse it (issue #16).
 * Its fonts load only when math is shown.
 */
import 'katex/dist/katex.min.css';
