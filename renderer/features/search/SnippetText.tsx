import DOMPurify from 'dompurify';
import katex from 'katex';
import { useMemo } from 'react';
import { mathSpans } from './searchTrip';

/** KaTeX of one formula, or the formula as written when it does not parse. */
function typeset(tex: string): string {
  return DOMPurify.sanitize(katex.renderToString(tex, { throwOnError: false, displayMode: false, output: 'htmlAndMathml' }));
}

/**
 * A search snippet with its `$…$` math typeset inline (a note full of LaTeX
 * reads as formulas, not as backslashes); the rest stays plain text.
 */
export function SnippetText({ text, className }: { text: string; className?: string }) {
  const parts = useMemo(() => {
    const out: { math: boolean; value: string }[] = [];
    let last = 0;
    for (const [a, b] of mathSpans(text)) {
      if (a > last) out.push({ math: false, value: text.slice(last, a) });
      const raw = text.slice(a, b);
      out.push({ math: true, value: typeset(raw.replace(/^\$\$?|\$\$?$/g, '')) });
      last = b;
    }
    if (last < text.length) out.push({ math: false, value: text.slice(last) });
    return out;
  }, [text]);
  return (
    <span className={className}>
      {parts.map((p, i) => (p.math ? <span key={i} className="snippet-math" dangerouslySetInnerHTML={{ __html: p.value }} /> : <span key={i}>{p.value}</span>))}
    </span>
  );
}
