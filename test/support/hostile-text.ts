/**
 * Text a writer (or an attacker who gets text into a journal) may type into any
 * field, which an export must show as exactly these characters and never run:
 * Hugo shortcodes, Liquid tags, raw HTML, script URLs, Markdown that would turn
 * into structure. Shared by the export tests and the robustness (fuzz) suite.
 */
export interface HostilePayload {
  /** Short name for test titles and reports. */
  name: string;
  /** The exact text typed by the writer. */
  text: string;
  /** Which engine it targets. */
  against: 'hugo' | 'liquid' | 'html' | 'markdown';
}

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = [
  { name: 'hugo param shortcode', text: '{{< param secret >}}', against: 'hugo' },
  { name: 'hugo markdown shortcode', text: '{{% param secret %}}', against: 'hugo' },
  { name: 'hugo figure injection', text: '{{< figure src="/INJ" >}}', against: 'hugo' },
  { name: 'hugo unknown shortcode', text: '{{< mywidget >}}', against: 'hugo' },
  { name: 'hugo escaped-form lookalike', text: '{{</* param secret */>}}', against: 'hugo' },
  { name: 'caption breaking out of a shortcode param', text: 'a`b >}} {{< figure src=/X >}}', against: 'hugo' },
  { name: 'liquid endraw', text: '{% endraw %}', against: 'liquid' },
  { name: 'liquid endraw variant', text: '{% endraw x %}{{ site.secret }}{% include secret.html %}{% raw %}', against: 'liquid' },
  { name: 'liquid trimmed endraw', text: '{%- endraw -%}', against: 'liquid' },
  { name: 'liquid output', text: '{{ site.secret }}', against: 'liquid' },
  { name: 'liquid include', text: '{% include secret.html %}', against: 'liquid' },
  { name: 'script tag', text: '<script>alert(1)</script>', against: 'html' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>', against: 'html' },
  { name: 'javascript link', text: '[click](javascript:alert(1))', against: 'html' },
  { name: 'raw javascript href', text: '<a href="javascript:alert(1)">x</a>', against: 'html' },
  { name: 'data url image', text: '![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', against: 'html' },
  { name: 'html entity', text: 'AT&amp;T &lt;b&gt;', against: 'html' },
  { name: 'markdown heading marker', text: '# not a heading', against: 'markdown' },
  { name: 'markdown list marker', text: '3. not a list', against: 'markdown' },
];

/** Payloads whose text must render literally (as typed) where plain text is expected (titles, captions, Q&A who). */
export const HOSTILE_LITERALS: readonly string[] = HOSTILE_PAYLOADS.map((p) => p.text);

/** Markers that must never appear in built output unless the writer typed them as text. */
export const SECRET = 'SECRET-7f3a';
export const INCLUDED = 'INCLUDED-91c2';
