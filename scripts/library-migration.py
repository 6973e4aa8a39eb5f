#!/usr/bin/env python3
"""Checks the shipped case library and writes the migration that brings the database to it.

    python3 scripts/library-migration.py           # check, then write the migration
    python3 scripts/library-migration.py --check   # check, and that the migration is up to date

content/case-library.json is the source. The checks are the rules the library must meet
(the importer's keyword rules, critical points, exam timings, the shipped-library test's
shape); any failure is printed and nothing is written. The migration updates the cases
that migration 20261125000012 shipped (candidate brief, exams, mark scheme) and inserts
the cases it did not, keeping their fixed ids.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "content" / "case-library.json"
SHIPPED_MIGRATION = ROOT / "migrations" / "20261125000012_case_library_content.sql"
MIGRATION = ROOT / "migrations" / "20261202000019_library_marking.sql"
QUOTE = "$cb$"

# --- The keyword rules -------------------------------------------------------------------

STOP_WORDS = set("""
hello good morning afternoon evening name names doctor doctors today what brings bring
come came coming here there anything else something question questions help thank thanks
please okay right well know think tell talk about just like feel feeling going want would
could should have with your that this from they them when where which while will been more
some much many time people thing things really sure yeah mean also other first said take
make look seen maybe because does done very again back then than into over only meet nice
happy understand sorry worry worried concern concerns today's alright fine start
""".split())

MIN_KEYWORD = 4
MAX_KEYWORD = 40
MAX_KEYWORDS = 12

# Content-free pleasantries: they must cover no data-gathering or clinical-management point.
PLEASANTRIES = (
    "Hello, my name is Dr Patel, one of the doctors. What brings you in today? "
    "Is there anything else? Do you have any questions? Thank you for coming."
)


def collapse(text):
    return " ".join(text.lower().split())


def keyword_problems(keyword):
    """Why a keyword is refused (empty when it is fine)."""
    problems = []
    k = collapse(keyword)
    if len(k) < MIN_KEYWORD:
        problems.append(f"shorter than {MIN_KEYWORD} characters")
    if len(keyword) > MAX_KEYWORD:
        problems.append(f"longer than {MAX_KEYWORD} characters")
    if any(c in keyword for c in ",|\n"):
        problems.append("contains a comma, bar or line break")
    if keyword != keyword.strip():
        problems.append("spaces at the start or end")
    words = k.split(" ")
    if len(words) == 1:
        if any(stop.startswith(k) for stop in STOP_WORDS):
            problems.append("an everyday word (a stop word, or the start of one)")
    elif all(w in STOP_WORDS or len(w) < MIN_KEYWORD for w in words):
        problems.append("only everyday or short words")
    return problems


def normalise(text):
    """As model::assessment::normalise."""
    text = text.lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("`", "'"), ("\u201c", '"'),
                 ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return " ".join(text.split())


def begins_a_word(line, keyword):
    """As the checklist marker: the keyword starts at the start of a word of the line."""
    if not keyword:
        return False
    at = line.find(keyword)
    while at != -1:
        if at == 0 or not line[at - 1].isalnum():
            return True
        at = line.find(keyword, at + 1)
    return False


# --- Exam timings -------------------------------------------------------------------------

EXAM_ORDER = ["PLAB 2", "UKMLA CPSA", "MRCGP SCA", "AMC", "PACES"]


def station_minutes(exam, station_kind):
    if exam in ("PLAB 2", "UKMLA CPSA", "AMC"):
        return 8
    if exam == "MRCGP SCA":
        return 12
    # PACES: examination encounters 10 minutes; history and communication 20.
    return 10 if station_kind == "examination" else 20


def time_sentence(exams, station_kind):
    groups = []
    for exam in sorted(exams, key=EXAM_ORDER.index):
        minutes = station_minutes(exam, station_kind)
        for group in groups:
            if group[0] == minutes:
                group[1].append(exam)
                break
        else:
            groups.append((minutes, [exam]))
    return "Time: " + "; ".join(f"{m} minutes ({', '.join(e)})" for m, e in groups) + "."


# --- The checks ---------------------------------------------------------------------------

GROUPS = ["data_gathering", "clinical_management", "interpersonal"]
CASE_FIELDS = ["id", "case_name_internal", "case_name", "category", "condition", "domain",
               "station_kind", "setting", "exams", "difficulty", "candidate_brief",
               "actor_brief", "reveal_if_asked", "mark_scheme", "archived"]
STATION_KINDS = ["history", "examination", "explanation", "breaking_bad_news", "consent",
                 "ethics_confidentiality", "angry_or_anxious_patient", "prescribing",
                 "telephone", "colleague_or_relative"]
HEADINGS = ["OPENING LINE", "HISTORY", "IDEAS, CONCERNS AND EXPECTATIONS",
            "REVEAL ONLY IF ASKED", "HOW TO BEHAVE"]
# model::cases::limits
LIMITS = {"case_name_internal": 100, "case_name": 120, "category": 80, "condition": 80,
          "setting": 120, "candidate_brief": 6000, "actor_brief": 12000}


def text_ok(errors, where, value, limit, required=True):
    if required and not value.strip():
        errors.append(f"{where}: empty")
    if len(value) > limit:
        errors.append(f"{where}: longer than {limit} characters")
    if value != value.strip():
        errors.append(f"{where}: spaces at the start or end")
    if any((ord(c) < 32 and c not in "\n\t\r") or 127 <= ord(c) < 160 for c in value):
        errors.append(f"{where}: control characters")


def check(text, library):
    errors = []
    if json.dumps(library, indent=2, ensure_ascii=False) + "\n" != text:
        errors.append("the file is not formatted as serde_json::to_string_pretty writes it")
    if list(library) != ["format", "version", "cases"] or library["format"] != \
            "med-practice/case-library" or library["version"] != 1:
        errors.append("the envelope is not the library format, version 1")
    cases = library["cases"]
    order = [(c["case_name_internal"].lower(), c["id"]) for c in cases]
    if order != sorted(order):
        errors.append("cases are not in the export's order (lower(case_name_internal), id)")
    for field in ("id", "case_name_internal"):
        values = [c[field].lower() for c in cases]
        if len(set(values)) != len(values):
            errors.append(f"a {field} is used twice")
    pleasantries = normalise(PLEASANTRIES)
    for case in cases:
        name = case["case_name_internal"]
        if list(case) != CASE_FIELDS:
            errors.append(f"{name}: fields are not in the record's order")
            continue
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                            case["id"]):
            errors.append(f"{name}: id is not a UUID")
        if not re.fullmatch(r"[A-Z]+-[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*", name):
            errors.append(f"{name}: internal name is not PREFIX-NN-slug")
        for field, limit in LIMITS.items():
            text_ok(errors, f"{name}.{field}", case[field], limit, field != "setting")
        for field in ("case_name_internal", "case_name"):
            if "\n" in case[field]:
                errors.append(f"{name}.{field}: more than one line")
        if case["domain"] not in ("Clinical", "Communication"):
            errors.append(f"{name}: domain")
        if case["station_kind"] not in STATION_KINDS:
            errors.append(f"{name}: station kind")
        if case["difficulty"] not in ("foundation", "core", "advanced"):
            errors.append(f"{name}: difficulty")
        exams = case["exams"]
        if not exams or len(set(exams)) != len(exams) or any(e not in EXAM_ORDER for e in exams):
            errors.append(f"{name}: exams {exams}")
        if case["archived"] is not False:
            errors.append(f"{name}: shipped archived")
        for heading in HEADINGS:
            if heading not in case["actor_brief"]:
                errors.append(f"{name}: actor brief lacks {heading}")
        reveal = case["reveal_if_asked"]
        if not reveal or len(reveal) > 30:
            errors.append(f"{name}: reveal_if_asked has {len(reveal)} items")
        for i, item in enumerate(reveal):
            text_ok(errors, f"{name}.reveal_if_asked[{i}]", item, 300)
            if "\n" in item:
                errors.append(f"{name}.reveal_if_asked[{i}]: more than one line")
        brief = case["candidate_brief"]
        if len(brief.split()) < 60:
            errors.append(f"{name}: candidate brief under 60 words")
        # Timing: one sentence, the brief's last, for the exams the case is tagged with.
        want = time_sentence(exams, case["station_kind"])
        if not (brief.endswith(" " + want) or brief.endswith("\n" + want)):
            errors.append(f"{name}: candidate brief does not end with {want!r}")
        if brief.count("Time: ") != 1:
            errors.append(f"{name}: more than one Time sentence")
        if re.search(r"You have \d+ minutes|\(\d+ minutes\)", brief):
            errors.append(f"{name}: an old station duration is left in the brief")
        for field in ("case_name_internal", "case_name", "category", "condition", "setting",
                      "candidate_brief", "actor_brief"):
            if QUOTE in case[field]:
                errors.append(f"{name}.{field}: contains {QUOTE}")
        if any(QUOTE in r for r in reveal):
            errors.append(f"{name}.reveal_if_asked: contains {QUOTE}")
        scheme = case["mark_scheme"]
        if list(scheme) != GROUPS:
            errors.append(f"{name}: mark scheme groups")
            continue
        points = [p for g in GROUPS for p in scheme[g]]
        critical = sum(1 for p in points if p.get("critical"))
        if critical < 1 or critical > len(points) / 3:
            errors.append(f"{name}: {critical} critical points of {len(points)}")
        if QUOTE in json.dumps(scheme, ensure_ascii=False):
            errors.append(f"{name}.mark_scheme: contains {QUOTE}")
        for group in GROUPS:
            if not 1 <= len(scheme[group]) <= 20:
                errors.append(f"{name}.{group}: {len(scheme[group])} points")
            for i, point in enumerate(scheme[group]):
                where = f"{name}.{group}[{i}]"
                keys = list(point)
                if keys not in (["point", "keywords"], ["point", "keywords", "critical"]):
                    errors.append(f"{where}: keys {keys}")
                if "critical" in point and point["critical"] is not True:
                    errors.append(f"{where}: critical is written only when true")
                text_ok(errors, f"{where}.point", point["point"], 300)
                if any(c in point["point"] for c in "\n|"):
                    errors.append(f"{where}.point: a line break or bar")
                keywords = point["keywords"]
                if not 1 <= len(keywords) <= MAX_KEYWORDS:
                    errors.append(f"{where}: {len(keywords)} keywords")
                if len({collapse(k) for k in keywords}) != len(keywords):
                    errors.append(f"{where}: a keyword twice")
                for keyword in keywords:
                    for problem in keyword_problems(keyword):
                        errors.append(f"{where}: keyword {keyword!r}: {problem}")
                if group != "interpersonal":
                    covered = [k for k in keywords if begins_a_word(pleasantries, normalise(k))]
                    if covered:
                        errors.append(f"{where}: pleasantries cover it ({covered})")
    return errors


# --- The migration ------------------------------------------------------------------------

def quoted(text):
    assert QUOTE not in text
    return QUOTE + text + QUOTE


def exams_sql(exams):
    return "array[" + ", ".join("'" + e.replace("'", "''") + "'" for e in exams) + "]::text[]"


def scheme_sql(scheme):
    return quoted(json.dumps(scheme, ensure_ascii=False)) + "::jsonb"


HEADER = """\
-- The shipped library's marking (content/case-library.json holds the same cases; a test
-- holds the two equal). Written by scripts/library-migration.py from that file: edit the
-- file, run the script, never edit this by hand.
--
-- (1) Critical points: mark-scheme points that are red flags, risk assessment (suicide
--     and self-harm, safeguarding, driving and the DVLA), safety-netting, consent and
--     capacity, or avoiding dangerous advice and prescribing errors carry
--     "critical": true (1 to 4 a case, never more than a third of its points).
-- (2) Lint-clean keywords: every keyword is at least 4 characters and is not an
--     everyday word (nor the start of one), so pleasantries alone cover no data-gathering
--     or clinical-management point ("ECG" is "12-lead" or "heart tracing", "999" is
--     "call 999", "worr" is "worries").
-- (3) Exam timings in briefs: each candidate brief ends with one sentence giving the
--     station time for each exam it is tagged with, e.g. "Time: 8 minutes (PLAB 2,
--     UKMLA CPSA); 12 minutes (MRCGP SCA)." (PLAB 2, UKMLA CPSA and AMC 8 minutes;
--     MRCGP SCA 12; PACES examination 10, history and communication 20); the old
--     "You have 10 minutes." and "Task (10 minutes):" forms are gone.
-- (4) PACES cases: five more shipped cases are tagged PACES (history: RESP-01, NEUR-01;
--     communication: EOLC-01, ETHC-04, ONCO-01), and two new PACES cases are added
--     (CARD-03, a history station; HAEM-01, a communication station), with fixed ids.
--     An existing case with the same id or internal name is left as it is.
"""


def migration(library, shipped_ids):
    out = [HEADER]
    new = []
    for case in library["cases"]:
        if case["id"] not in shipped_ids:
            new.append(case)
            continue
        out.append(
            f"\n-- {case['case_name_internal']}\n"
            f"update public.case_briefs set\n"
            f"  candidate_brief = {quoted(case['candidate_brief'])},\n"
            f"  exams = {exams_sql(case['exams'])},\n"
            f"  mark_scheme = {scheme_sql(case['mark_scheme'])}\n"
            f"where id = '{case['id']}';\n"
        )
    if new:
        rows = []
        for case in new:
            reveal = "array[" + ", ".join(quoted(r) for r in case["reveal_if_asked"]) + "]::text[]"
            rows.append(
                "(\n"
                f"  '{case['id']}',\n"
                f"  {quoted(case['case_name_internal'])},\n"
                f"  {quoted(case['case_name'])},\n"
                f"  {quoted(case['category'])},\n"
                f"  {quoted(case['condition'])},\n"
                f"  '{case['domain']}',\n"
                f"  '{case['station_kind']}',\n"
                f"  {quoted(case['setting'])},\n"
                f"  {exams_sql(case['exams'])},\n"
                f"  '{case['difficulty']}',\n"
                f"  {quoted(case['candidate_brief'])},\n"
                f"  {quoted(case['actor_brief'])},\n"
                f"  {reveal},\n"
                f"  {scheme_sql(case['mark_scheme'])}\n"
                ")"
            )
        out.append(
            "\n-- New cases.\n"
            "insert into public.case_briefs\n"
            "  (id, case_name_internal, case_name, category, condition, domain, station_kind, setting,\n"
            "   exams, difficulty, candidate_brief, actor_brief, reveal_if_asked, mark_scheme)\n"
            "values\n" + ",\n".join(rows) + "\non conflict do nothing;\n"
        )
    return "".join(out)


def main():
    text = LIBRARY.read_text(encoding="utf-8")
    library = json.loads(text)
    errors = check(text, library)
    shipped_ids = set(re.findall(r"^\(\n  '([0-9a-f-]{36})',$",
                                 SHIPPED_MIGRATION.read_text(encoding="utf-8"), re.M))
    if len(shipped_ids) != 40:
        errors.append(f"found {len(shipped_ids)} cases in {SHIPPED_MIGRATION.name}, not 40")
    missing = shipped_ids - {c["id"] for c in library["cases"]}
    if missing:
        errors.append(f"shipped cases missing from the library: {sorted(missing)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems; nothing written.", file=sys.stderr)
        return 1
    sql = migration(library, shipped_ids)
    cases = library["cases"]
    points = [p for c in cases for g in GROUPS for p in c["mark_scheme"][g]]
    summary = (f"{len(cases)} cases, {len(points)} points, "
               f"{sum(1 for p in points if p.get('critical'))} critical, "
               f"{sum(len(p['keywords']) for p in points)} keywords, "
               f"{sum(1 for c in cases if 'PACES' in c['exams'])} PACES cases: all checks pass")
    if "--check" in sys.argv[1:]:
        if not MIGRATION.exists() or MIGRATION.read_text(encoding="utf-8") != sql:
            print(f"{MIGRATION.name} is not up to date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(summary + "; the migration is up to date.")
        return 0
    MIGRATION.write_text(sql, encoding="utf-8")
    print(summary + f"; wrote {MIGRATION.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
