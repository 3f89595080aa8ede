# Joint statements archive. `make html` builds the site, `make test` runs the tests.
# The first target run creates .venv and installs the project; later runs reuse it.

PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN ?= $(BIN)/pelican
BASEDIR := $(CURDIR)
INPUTDIR ?= $(BASEDIR)/content
OUTPUTDIR ?= $(BASEDIR)/output
CONFFILE ?= $(BASEDIR)/pelican.conf.py
PELICANOPTS ?=
SITEURL ?=
PORT ?= 8000
STAMP := $(VENV)/.installed

BUILD = $(PELICAN) "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)"
# What a public site needs on top of `make html`, as overrides of the one settings file:
# absolute URLs under SITEURL, Atom feeds, and no stale files left from an earlier build.
PUBLISHOPTS = --extra-settings SITEURL='"$(patsubst %/,%,$(SITEURL))"' RELATIVE_URLS=false \
	STATEMENTS_FEEDS=true DELETE_OUTPUT_DIRECTORY=true

.PHONY: html check publish clean serve devserver test lint evaluate evaluate-holdout bench help

html: $(STAMP)
	$(BUILD) $(PELICANOPTS)

publish: $(STAMP)
	@test -n "$(SITEURL)" || { echo "make publish needs the site's address:" \
		"make publish SITEURL=https://owner.github.io/repo [OUTPUTDIR=/tmp/site]" >&2; exit 2; }
	$(BUILD) $(PUBLISHOPTS) $(PELICANOPTS)

# The strict build: exits non-zero when any statement cannot be published.
check: $(STAMP)
	$(PELICAN) "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" --fatal errors $(PELICANOPTS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf "$(OUTPUTDIR)"

serve: html
	$(PELICAN) -l "$(OUTPUTDIR)" -p $(PORT) -s "$(CONFFILE)"

devserver: $(STAMP)
	$(PELICAN) -lr "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" -p $(PORT) $(PELICANOPTS)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check plugins tests

evaluate: $(STAMP)
	$(BIN)/python -m statements.evaluate tests/fixtures/statements

# Speed and memory against plain Pelican on generated archives; prints figures (see docs/performance.md).
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(if $(SIZES),--sizes $(SIZES),)

# The blind sets, each written without reading the parser (see their READMEs), one after another.
BLIND_SETS = holdout fresh unseen sealed blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind36 blind37 blind38 blind39 blind40 blind41 blind42 blind43 blind44 blind45 blind46 blind47 blind48 blind49 blind50 blind51 blind52 blind53 blind54 blind55 blind56 blind57 blind58 blind59 blind60 blind61 blind62 blind63 blind64 blind65 blind66 blind67 blind68 blind69 blind70 blind71 blind72 blind73 blind74 blind75 blind76 blind77 blind78 blind79 blind80 blind81 blind82 blind83 blind84 blind85 blind86 blind87 blind88 blind89 blind90 blind91 blind92 blind93 blind94 blind95 blind96 blind97 blind98 blind99 blind100 blind101 blind102 blind103 blind104 blind105 blind106 blind107 blind108 blind109 blind110 blind111 blind112 blind113 blind114 blind115 blind116 blind117 blind118 blind119 blind120 blind121 blind122 blind123 blind124 blind125 blind126 blind127 blind128 blind129 blind130 blind131 blind132 blind133 blind134 blind135 blind136 blind137 blind138 blind139 blind140 blind141 blind142 blind143 blind144 blind145 blind146 blind147 blind148 blind149 blind150 blind151 blind152 blind153 blind154 blind155 blind156 blind157 blind158 blind159 blind160 blind161 blind162 blind163 blind164 blind165 blind166 blind167 blind168 blind169 blind170 blind171 blind172 blind173 blind174 blind175 blind176 blind177 blind178
evaluate-holdout: $(STAMP)
	@for set in $(BLIND_SETS); do $(BIN)/python -m statements.evaluate tests/fixtures/$$set || exit 1; done

help:
	@echo "make html      build the site into $(OUTPUTDIR)"
	@echo "make publish   build the public site: make publish SITEURL=https://owner.github.io/repo"
	@echo "make test      run the tests"
	@echo "make check     strict build: fails if any statement cannot be published"
	@echo "make serve     build, then serve on http://127.0.0.1:$(PORT)/"
	@echo "make evaluate  parser precision and recall on the fixture corpus"
	@echo "make evaluate-holdout  the same on each blind fixture set"
