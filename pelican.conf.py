# Settings for `make html` (pelican content -s pelican.conf.py). Plain data only: Pelican pickles
# settings into its content cache, and a function here breaks the cache on the second run.

SITENAME = "Joint Statements Archive"
SITEURL = ""  # `make publish SITEURL=https://owner.github.io/repo` sets it, with the settings below
RELATIVE_URLS = True  # works from a file:// copy and under a GitHub Pages sub-path
TIMEZONE = "Europe/Brussels"
DEFAULT_LANG = "en"

PATH = "content"
THEME = "theme"
THEME_STATIC_DIR = "static"  # not "theme": a theme/{slug}/ URL family would collide with it
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["statements"]

# Statements are read by the plugin's generator, not Pelican's article generator (which drops
# undated statements and builds tag and author pages that grow quadratically).
STATEMENTS_PATHS = ["statements"]
STATEMENTS_DATA_PATH = "data"
ARTICLE_PATHS = []
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
DIRECT_TEMPLATES = []
AUTHOR = None
ARTICLE_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
TAG_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAGS_SAVE_AS = ""

FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

# One URL family per page kind: <KIND>_URL / <KIND>_SAVE_AS.
STATEMENT_URL = "statements/{slug}/"
STATEMENT_SAVE_AS = "statements/{slug}/index.html"
PERSON_URL = "people/{slug}/"
PERSON_SAVE_AS = "people/{slug}/index.html"
THEME_URL = "themes/{slug}/"
THEME_SAVE_AS = "themes/{slug}/index.html"
MEETING_URL = "meetings/{slug}/"
MEETING_SAVE_AS = "meetings/{slug}/index.html"
COUNTRY_URL = "countries/{slug}/"
COUNTRY_SAVE_AS = "countries/{slug}/index.html"
STATEMENTS_URL = "statements/"
STATEMENTS_SAVE_AS = "statements/index.html"
PEOPLE_URL = "people/"
PEOPLE_SAVE_AS = "people/index.html"
THEMES_URL = "themes/"
THEMES_SAVE_AS = "themes/index.html"
MEETINGS_URL = "meetings/"
MEETINGS_SAVE_AS = "meetings/index.html"
COUNTRIES_URL = "countries/"
COUNTRIES_SAVE_AS = "countries/index.html"
ORGANISATION_URL = "organisations/{slug}/"
ORGANISATION_SAVE_AS = "organisations/{slug}/index.html"
ORGANISATIONS_URL = "organisations/"
ORGANISATIONS_SAVE_AS = "organisations/index.html"
YEAR_URL = "years/{slug}/"  # {slug} is the year, or "undated"
YEAR_SAVE_AS = "years/{slug}/index.html"
YEARS_URL = "years/"
YEARS_SAVE_AS = "years/index.html"

# Long statement lists (a person's, a theme's, a year's, all statements) continue on page 2, 3, …
# {url} is the list's own URL, e.g. people/{slug}/ → people/{slug}/page/2/.
STATEMENTS_PER_PAGE = 50
PAGINATED_URL = "{url}page/{number}/"
PAGINATED_SAVE_AS = "{url}page/{number}/index.html"
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
GUIDE_URL = "guide/"  # how to cite, reuse, open data, privacy: linked from every page's footer
GUIDE_SAVE_AS = "guide/index.html"
STATEMENTS_SEARCH = True  # index the statement pages with Pagefind at the end of every build
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"

# Every value a template prints is HTML-escaped: statement text never reaches a page as markup.
# auto_reload off: templates do not change during a build, so Jinja need not check their files on every page
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": [], "autoescape": True, "auto_reload": False}
# No inline script anywhere; search runs WebAssembly from our own files.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
                           "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'")

# Publishing. `make publish` overrides these with --extra-settings (SITEURL, RELATIVE_URLS=false,
# STATEMENTS_FEEDS=true, DELETE_OUTPUT_DIRECTORY=true), so there is one settings file for both builds.
STATEMENTS_FEEDS = False  # Atom needs absolute URLs: feeds are written only with a SITEURL
STATEMENTS_FEED_ATOM = "feeds/all.atom.xml"
PERSON_FEED_ATOM = "feeds/people/{slug}.atom.xml"
THEME_FEED_ATOM = "feeds/themes/{slug}.atom.xml"
MEETING_FEED_ATOM = "feeds/meetings/{slug}.atom.xml"
COUNTRY_FEED_ATOM = "feeds/countries/{slug}.atom.xml"
FEED_MAX_ITEMS = 100
STATEMENTS_CNAME = ""  # a custom domain such as "statements.example.org", written to output/CNAME

CACHE_CONTENT = False
DELETE_OUTPUT_DIRECTORY = False
