// The site's search index: Pagefind's Node API over every HTML page of the
// built site, as `pagefind --site` would index it, except that an article
// page showing an excerpt is indexed with the words of its full text too.
//
//   node tools/search/index.mjs --site public --words .cache/search-words.json [--i18n DIR (default: templates/i18n)] [--quiet]
//
// The words come from `generator search-words` (generator/fulltext): each
// excerpt-mode article's distinct words, lower-cased and sorted, so the
// index finds the article by any word of its body while the files
// Pagefind writes into public/pagefind/ hold no sentence of it, in any
// order a reader could read back. They are added to the page handed to
// Pagefind, never to the published page: at the start of its
// data-pagefind-body element, with a lower weight than the page's own
// words, and with two pieces of metadata the search page uses (see
// templates/search.html): `fulltext`, how many words were added (the
// first words of the indexed text, which no result excerpt may show), and
// `description`, the page's own meta description, shown instead when the
// searched word is only in the full text.
import * as pagefind from "pagefind";
import { readFile, readdir, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const { values: opts } = parseArgs({
  options: {
    site: { type: "string", default: "public" },
    words: { type: "string" },
    quiet: { type: "boolean", default: false },
    // The UI strings that name the search filters: by default the
    // templates' next to this script, wherever the command runs from.
    i18n: { type: "string", default: fileURLToPath(new URL("../../templates/i18n", import.meta.url)) },
  },
});
if (!opts.words) {
  console.error("index.mjs: --words FILE is required (make it with `generator search-words --out FILE`)");
  process.exit(2);
}

// The weight of the full-text words against the page's own (1): a page
// that shows the word ranks above one whose body only holds it.
const fullTextWeight = "0.5";

const stats = { words: 0, added: 0, filtered: 0 };

const escapeHTML = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The HTML files of the site, slash-separated and sorted, so that the
// index is built in the same order on every machine; Pagefind's own
// output folder is not part of the site.
async function htmlFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).split(sep).join("/"))
    .filter((rel) => !rel.startsWith("pagefind/"))
    .sort();
}

const bodyTag = /<[a-zA-Z][a-zA-Z0-9]*\s[^>]*?\bdata-pagefind-body\b[^>]*>/;

// Pagefind stores every element with an id in the page's fragment, with
// its text ("anchors"), but its results' sub-results use only headings'.
// An article page gives an id to each evidence sentence and quote, so
// each was stored twice (in the content and as an anchor: 40% of an
// article's fragment). The copy handed to Pagefind keeps the ids of
// headings only; the published page keeps them all.
const nonHeadingID = /(<(?!h[1-6][\s>])[a-zA-Z][a-zA-Z0-9-]*\b[^>]*?)\s+id="[^"]*"/g;
const withHeadingIDsOnly = (html) => html.replace(nonHeadingID, "$1");
const descriptionTag = /<meta\s+name="description"\s/;

// An article page's lines that every article has (the button to the
// original, the excerpt's heading and note) are text no search needs:
// left out of the copy handed to Pagefind, they are not stored in each
// article's fragment (about 120 bytes of text each).
const articleBoilerplate = /<p class="original">[\s\S]*?<\/p>|<h2 id="h-excerpt">[^<]*<\/h2>\s*<p class="note">[^<]*<\/p>/g;
const withoutBoilerplate = (html) => html.replace(articleBoilerplate, "");

// The search filters' names in each language: the UI strings
// search.filter.provider, .stance and .measure of the i18n files, so the
// Dutch search page's filter headings are Dutch.
async function filterNames(dir) {
  const names = {};
  for (const f of (await readdir(dir)).filter((f) => f.endsWith(".yaml")).sort()) {
    const lang = f.slice(0, -".yaml".length);
    const text = await readFile(join(dir, f), "utf8");
    names[lang] = {};
    for (const kind of ["provider", "stance", "measure"]) {
      const m = new RegExp(`^search\\.filter\\.${kind}:\\s*(.+?)\\s*$`, "m").exec(text);
      if (!m) throw new Error(`${join(dir, f)}: no search.filter.${kind}`);
      names[lang][kind] = m[1].replace(/^(["'])(.*)\1$/, "$2");
    }
  }
  return names;
}

// reportFilters reads an article page's filters from the list of what it
// reports (templates/article.html, ul.reports): in each row of the list
// the first link is a company and the first stance badge its stance; in
// a nested row the first link is a measure. The published page carries
// no data-pagefind-filter attribute for them (about 270 bytes on each
// article page); the values are the list's own text, still HTML-escaped.
const reportsList = /<ul class="reports">/;
function reportFilters(html) {
  const m = reportsList.exec(html);
  if (!m) return null;
  const out = { provider: [], stance: [], measure: [] };
  const tag = /<(\/?)(ul|li|a|span)\b([^>]*)>|([^<]+)/g;
  tag.lastIndex = m.index + m[0].length;
  let depth = 1; // of ul elements, the reports list's own being 1
  let row = null; // what the current row has given: { link, badge }
  let capture = null; // the element whose text is a filter value: { name, kind, text }
  for (let t; (t = tag.exec(html)); ) {
    if (t[4] !== undefined) {
      if (capture) capture.text += t[4];
      continue;
    }
    const [, close, name, attrs] = t;
    if (name === "ul") {
      if (!close) depth++;
      else if (--depth === 0) break;
    } else if (close) {
      if (capture && capture.name === name) {
        const v = capture.text.trim();
        if (v) out[capture.kind].push(v);
        capture = null;
      }
    } else if (name === "li") {
      row = { link: false, badge: false };
    } else if (!row || capture) {
      continue;
    } else if (name === "a" && !row.link) {
      row.link = true;
      capture = { name, kind: depth === 1 ? "provider" : "measure", text: "" };
    } else if (name === "span" && depth === 1 && !row.badge && /\bclass="stance (?!none")/.test(attrs)) {
      row.badge = true;
      capture = { name, kind: "stance", text: "" };
    }
  }
  return out;
}

// withFilters is the page as Pagefind gets it with the filters of its
// report list, as elements at the start of its indexed element, inside
// one that Pagefind reads filters from but does not index as text.
function withFilters(html, rel, names) {
  const filters = reportFilters(html);
  if (!filters) return html;
  const lang = /<html\s+lang="([^"]+)"/.exec(html)?.[1];
  const named = names[lang];
  if (!named) throw new Error(`${rel}: no search filter names for its language ${JSON.stringify(lang)} in ${opts.i18n}`);
  const m = bodyTag.exec(html);
  if (!m) throw new Error(`${rel}: a report list but no data-pagefind-body element`);
  let spans = "";
  for (const kind of ["provider", "stance", "measure"]) {
    for (const v of filters[kind]) spans += `<span data-pagefind-filter="${escapeHTML(named[kind])}">${v}</span>`;
  }
  stats.filtered++;
  const at = m.index + m[0].length;
  return html.slice(0, at) + `<div data-pagefind-ignore>${spans}</div>` + html.slice(at);
}

const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const decodeEntities = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
    e[0] !== "#" ? entities[e.toLowerCase()] ?? all
      : String.fromCodePoint(parseInt(e[1] === "x" || e[1] === "X" ? e.slice(2) : e.slice(1), e[1] === "x" || e[1] === "X" ? 16 : 10)));

// indexedWords are the words Pagefind indexes from a page anyway: the text
// inside its data-pagefind-body elements, outside data-pagefind-ignore
// ones and the elements Pagefind skips, cut and trimmed as
// generator/fulltext cuts a body. The generator's HTML is well formed
// (every element closed), which this small scanner relies on.
function indexedWords(html) {
  const words = new Set();
  const stack = []; // [name, inBody, ignored] of each open element
  const skipped = new Set(["script", "style", "nav", "footer", "form", "noscript", "template", "svg"]);
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  for (let m; (m = tag.exec(html)); ) {
    const top = stack[stack.length - 1] ?? ["", false, false];
    if (m[4] !== undefined) {
      if (top[1] && !top[2]) {
        for (const f of decodeEntities(m[4]).split(/\s+/)) {
          const w = f.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();
          if (w) words.add(w);
        }
      }
      continue;
    }
    if (!m[2]) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      while (stack.length && stack.pop()[0] !== name);
      continue;
    }
    if (voidElements.has(name) || m[3].trimEnd().endsWith("/")) continue;
    const attrs = m[3];
    stack.push([name, top[1] || /\bdata-pagefind-body\b/.test(attrs),
      top[2] || skipped.has(name) || /\bdata-pagefind-ignore\b/.test(attrs)]);
  }
  return words;
}

// withFullText is the page as Pagefind gets it: the full-text words that
// the page does not index already, at the start of the indexed element,
// and the description marked as metadata.
function withFullText(html, page) {
  const m = bodyTag.exec(html);
  if (!m) {
    throw new Error(`${page.source}: its page ${page.file} has no data-pagefind-body element to index the full text in`);
  }
  const shown = indexedWords(html);
  const added = page.words.filter((w) => !shown.has(w));
  stats.words += page.words.length;
  stats.added += added.length;
  const words = `<div data-pagefind-weight="${fullTextWeight}" data-pagefind-meta="fulltext:${added.length}">` +
    added.map(escapeHTML).join(" ") + "</div>";
  const at = m.index + m[0].length;
  return (html.slice(0, at) + words + html.slice(at))
    .replace(descriptionTag, (tag) => tag.replace("<meta", '<meta data-pagefind-meta="description[content]"'));
}

async function main() {
  const { pages } = JSON.parse(await readFile(opts.words, "utf8"));
  const fullText = new Map(pages.map((p) => [p.file, p]));
  const names = await filterNames(opts.i18n);
  const files = await htmlFiles(opts.site);
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
  let added = 0;
  // The pages go to Pagefind's service in sorted order, a window of them
  // in flight: it handles its messages one at a time, in the order sent,
  // and the index depends on that order (the same pages added in reverse
  // make other files), so the calls are made in order and never awaited
  // out of it.
  const inFlight = [];
  for (const rel of files) {
    let html = withFilters(withoutBoilerplate(withHeadingIDsOnly(await readFile(join(opts.site, rel), "utf8"))), rel, names);
    const page = fullText.get(rel);
    if (page) {
      html = withFullText(html, page);
      fullText.delete(rel);
      added++;
    }
    inFlight.push(index.addHTMLFile({ sourcePath: rel, content: html }).then((res) => {
      if (res.errors.length) throw new Error(`${rel}: pagefind: ${res.errors.join("; ")}`);
    }));
    if (inFlight.length >= 64) await inFlight.shift();
  }
  await Promise.all(inFlight);
  // Every excerpt-mode article must have a page: one missing means the
  // words and the site come from different builds.
  for (const p of fullText.values()) {
    throw new Error(`${p.source}: no page ${p.file} in ${opts.site} (build the site again, with the same --drafts)`);
  }
  // Pagefind adds its files to the folder without removing the last
  // index's: start empty, so no fragment of an older index (one made
  // before an article turned to excerpt mode, say) stays published.
  const outputPath = join(opts.site, "pagefind");
  await rm(outputPath, { recursive: true, force: true });
  const out = await index.writeFiles({ outputPath });
  if (out.errors.length) throw new Error(`pagefind: ${out.errors.join("; ")}`);
  if (!opts.quiet) {
    console.log(`search index: ${files.length} pages, ${added} with the words of their full text ` +
      `(${stats.added} of their ${stats.words} distinct words added, the rest on the pages), ` +
      `${stats.filtered} with the filters of their report list, in ${out.outputPath}`);
  }
}

try {
  await main();
} catch (err) {
  console.error(`index.mjs: ${err.message}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
