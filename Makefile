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

# The scans of held-out set N by its own scan generator MODULE: $(call scan_holdout,MODULE,N)
scan_holdout = $(BIN)/python -m samples.generate.$(1) --manifest samples/holdout$(2)/manifest.json \
	--base samples/holdout$(2) --out samples/scanned_holdout$(2) --kind scanned_holdout$(2) \
	--expected-prefix holdout$(2)/

# Regenerates samples/ (needs LibreOffice: libreoffice-writer-nogui, libreoffice-calc-nogui,
# and poppler-utils). Born-digital samples first: the scans are made from them.
samples: install
	$(BIN)/python -m samples.generate
	$(BIN)/python -m samples.generate.scan
	$(BIN)/python -m samples.generate.holdout
	$(BIN)/python -m samples.generate.holdout2
	$(BIN)/python -m samples.generate.scan_unseen
	$(BIN)/python -m samples.generate.holdout3
	$(call scan_holdout,scan_third,3)
	$(BIN)/python -m samples.generate.holdout4
	$(call scan_holdout,scan_fourth,4)
	$(BIN)/python -m samples.generate.holdout5
	$(call scan_holdout,scan_fifth,5)
	$(BIN)/python -m samples.generate.holdout6
	$(call scan_holdout,scan_sixth,6)
	$(BIN)/python -m samples.generate.holdout7
	$(call scan_holdout,scan_seventh,7)
	$(BIN)/python -m samples.generate.holdout8
	$(call scan_holdout,scan_eighth,8)
	$(BIN)/python -m samples.generate.holdout9
	$(call scan_holdout,scan_ninth,9)
	$(BIN)/python -m samples.generate.holdout10
	$(call scan_holdout,scan_tenth,10)
	$(BIN)/python -m samples.generate.holdout11
	$(call scan_holdout,scan_eleventh,11)
	$(BIN)/python -m samples.generate.inconsistent
	$(BIN)/python samples/linking/make_linking_data.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out
