# rencana-aksi: `make run` and `make test` install whatever is missing first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSTAMP := $(VENV)/.system-deps

.PHONY: run test bench samples goldens lint install clean

install: $(STAMP) $(SYSTAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

$(SYSTAMP): scripts/system-deps.sh | $(VENV)/bin/python
	./scripts/system-deps.sh
	touch $@

# Exit code 1 means "some file needs review": the run itself succeeded.
run: install
	$(BIN)/rencana-aksi extract samples --out out; rc=$$?; [ $$rc -le 1 ]

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m bench

# Regenerates samples/ (needs LibreOffice: libreoffice-writer-nogui, libreoffice-calc-nogui,
# and poppler-utils). Born-digital samples first: the scans are made from them.
samples: install
	$(BIN)/python -m samples.generate
	$(BIN)/python -m samples.generate.scan
	$(BIN)/python -m samples.generate.holdout
	$(BIN)/python -m samples.generate.holdout2
	$(BIN)/python -m samples.generate.scan_unseen
	$(BIN)/python -m samples.generate.holdout3
	$(BIN)/python -m samples.generate.scan_third --manifest samples/holdout3/manifest.json \
		--base samples/holdout3 --out samples/scanned_holdout3 --kind scanned_holdout3 \
		--expected-prefix holdout3/
	$(BIN)/python -m samples.generate.holdout4
	$(BIN)/python -m samples.generate.scan_fourth --manifest samples/holdout4/manifest.json \
		--base samples/holdout4 --out samples/scanned_holdout4 --kind scanned_holdout4 \
		--expected-prefix holdout4/
	$(BIN)/python -m samples.generate.holdout5
	$(BIN)/python -m samples.generate.scan_fifth --manifest samples/holdout5/manifest.json \
		--base samples/holdout5 --out samples/scanned_holdout5 --kind scanned_holdout5 \
		--expected-prefix holdout5/
	$(BIN)/python -m samples.generate.holdout6
	$(BIN)/python -m samples.generate.scan_sixth --manifest samples/holdout6/manifest.json \
		--base samples/holdout6 --out samples/scanned_holdout6 --kind scanned_holdout6 \
		--expected-prefix holdout6/
	$(BIN)/python -m samples.generate.holdout7
	$(BIN)/python -m samples.generate.scan_seventh --manifest samples/holdout7/manifest.json \
		--base samples/holdout7 --out samples/scanned_holdout7 --kind scanned_holdout7 \
		--expected-prefix holdout7/
	$(BIN)/python -m samples.generate.inconsistent
	$(BIN)/python samples/linking/make_linking_data.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out
