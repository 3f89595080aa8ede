// Search page: Pagefind over the statements, with filters. The query and the filters live in the
// URL (?q=…&theme=…), so a search can be bookmarked and shared. No third-party code.

const FILTERS = [
  ["theme", "Theme"],
  ["person", "Person"],
  ["country", "Country"],
  ["meeting", "Meeting"],
  ["year", "Year"],
  ["language", "Language"],
];
const UNDATED = "Date unknown"; // the year filter's value for statements that state no date
const PAGE_SIZE = 20;
const MAX_OPTIONS = 12;

const root = document.querySelector("[data-search]");
const form = root.querySelector("form");
const input = root.querySelector("#search-q");
const filtersBox = root.querySelector(".search-filters");
const status = root.querySelector(".search-status");
const list = root.querySelector(".search-results");
const more = root.querySelector(".search-more");

function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [key] of FILTERS) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { q: params.get("q") || "", filters };
}

function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [key, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(key, value);
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

// years newest first, "Date unknown" last
function newestFirst(a, b) {
  return (a === UNDATED) - (b === UNDATED) || b.localeCompare(a);
}

function element(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

function renderFilters(state, available, inResults) {
  filtersBox.replaceChildren();
  for (const [key, label] of FILTERS) {
    const counts = available[key];
    if (!counts || !Object.keys(counts).length) continue;
    const chosen = new Set(state.filters[key] || []);
    const options = Object.entries(counts)
      .map(([value, total]) => [value, (inResults[key] || {})[value] ?? 0, total])
      .filter(([value, count]) => count > 0 || chosen.has(value))
      .sort((a, b) => (key === "year" ? newestFirst(a[0], b[0]) : b[1] - a[1] || a[0].localeCompare(b[0])))
      .slice(0, MAX_OPTIONS);
    if (!options.length) continue;
    const fieldset = element("fieldset");
    fieldset.append(element("legend", {}, label));
    for (const [value, count] of options) {
      const id = `f-${key}-${value}`.replace(/[^\w-]/g, "_");
      const box = element("input", { type: "checkbox", id, name: key, value });
      box.checked = chosen.has(value);
      box.addEventListener("change", () => {
        const values = new Set(state.filters[key] || []);
        box.checked ? values.add(value) : values.delete(value);
        if (values.size) state.filters[key] = [...values];
        else delete state.filters[key];
        run(state);
      });
      const labelNode = element("label", { for: id }, `${value} `);
      labelNode.append(element("span", { class: "count" }, `(${count})`));
      const row = element("div", { class: "filter-option" });
      row.append(box, labelNode);
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
  filtersBox.hidden = !filtersBox.children.length;
}

async function renderResults(results, from) {
  const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  for (const data of page) {
    const item = element("li");
    const link = element("a", { href: data.url }, data.meta.title || data.url);
    const meta = element("span", { class: "meta" });
    meta.textContent = [data.meta.date || "date unknown", data.meta.signatories].filter(Boolean).join(" · ");
    const excerpt = element("p", { class: "excerpt" });
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark> around matches
    item.append(link, meta, excerpt);
    list.append(item);
  }
  more.hidden = from + PAGE_SIZE >= results.length;
  more.onclick = () => renderResults(results, from + PAGE_SIZE);
}

let pagefind;
let available = {};
let latest = 0;

async function run(state) {
  writeState(state);
  const ticket = ++latest;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "Type words to search, or choose a filter.";
    renderFilters(state, available, available);
    return;
  }
  const search = await pagefind.search(state.q || null, { filters: state.filters });
  // Browsing by filter lists the newest first. A large archive's index is split into shards by blocks of
  // whole years, and Pagefind's order is exact within a shard: so ask year by year, newest first.
  const results = state.q ? search.results : await newestFirstResults(state.filters);
  if (ticket !== latest) return; // a newer search has started
  list.replaceChildren();
  const n = results.length;
  status.textContent = n === 1 ? "1 statement found." : `${n} statements found.`;
  renderFilters(state, available, search.filters || {});
  await renderResults(results, 0);
}

async function newestFirstResults(filters) {
  const years = [...(filters.year || Object.keys(available.year || {}))].sort(newestFirst);
  const byYear = await Promise.all(
    years.map((year) => pagefind.search(null, { filters: { ...filters, year: [year] }, sort: { date: "desc" } })),
  );
  return byYear.flatMap((s) => s.results);
}

async function start() {
  // the index's shards: the search loads the first and merges the others (one shard for a small archive)
  const bundles = root.dataset.bundles.split(" ").filter(Boolean).map((b) => new URL(b, location.href));
  const baseUrl = new URL(root.dataset.base, location.href).pathname;
  pagefind = await import(new URL("pagefind.js", bundles[0]).href);
  await pagefind.options({ baseUrl, excerptLength: 24 });
  await pagefind.init();
  await Promise.all(bundles.slice(1).map((b) => pagefind.mergeIndex(b.pathname, { baseUrl, excerptLength: 24 })));
  available = await pagefind.filters();
  const state = readState();
  input.value = state.q;
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.q = input.value.trim();
      run(state);
    }, 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.q = input.value.trim();
    run(state);
  });
  await run(state);
  root.classList.add("search-ready");
}

start().catch((error) => {
  status.textContent = "Search could not start. Browse the statements, people and themes instead.";
  console.error(error);
});
