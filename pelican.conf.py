# Settings for `make html` (pelican content -s pelican.conf.py). Plain data only: Pelican pickles
# settings into its content cache, and a function here breaks the cache on the second run.

SITENAME = "Joint Statements Archive"
SITEURL = ""
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
PERSON_FEED_URL = "people/{slug}/feed.atom"  # a person's latest statements (FEED_MAX_ITEMS of them)
PERSON_FEED_SAVE_AS = "people/{slug}/feed.atom"
FEED_MAX_ITEMS = 20
SEARCH_URL = "search/"  # the header's search box sends ?q=... here

# Long statement lists (a person's, a theme's, a year's, all statements) continue on page 2, 3, …
# {url} is the list's own URL, e.g. people/{slug}/ → people/{slug}/page/2/.
STATEMENTS_PER_PAGE = 25
PAGINATED_URL = "{url}page/{number}/"
PAGINATED_SAVE_AS = "{url}page/{number}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"

# Statement texts may hold "<" or "&": templates escape everything unless marked safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": [], "autoescape": True}

CACHE_CONTENT = False
DELETE_OUTPUT_DIRECTORY = False
