"""The command line's words: every command and option described, in Danish, argparse included.

argparse's own words ("usage", "options", its error messages) come through its module-level
``_`` (gettext); ``danish_argparse()`` puts a Danish catalogue there, so that help and errors
read as one language.

    >>> parser = build_parser()
    >>> "brug: progressionsdialog" in parser.format_usage()
    True
"""

from __future__ import annotations

import argparse
from pathlib import Path

from progressionsdialog import __version__

# argparse's message ids (Python 3.11–3.13) and their Danish words.
_DANISH = {
    "usage: ": "brug: ",
    "options": "tilvalg",
    "positional arguments": "argumenter",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets version og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "the following arguments are required: %s": "disse skal angives: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldigt valg: %(value)r (vælg mellem %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "expected one argument": "skal have en værdi",
    "expected at least one argument": "skal have mindst én værdi",
    "expected at most one argument": "må højst have én værdi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydigt tilvalg: %(option)s kan være %(matches)s"
    ),
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "one of the arguments %s is required": "et af disse skal angives: %s",
    "ignored explicit argument %r": "værdien %r bruges ikke",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
}

CSV_HELP = """\
Filen er en CSV-fil i UTF-8 med ; eller , mellem kolonnerne og en første linje med
kolonnernes navne:

  borger_id;dato;indikator;borger_score;medarbejder_score;talte_om

dato er dd-mm-åååå. indikator er motivation, personal_resources, competences eller
job_search. En score er et tal fra 1 til 10 skrevet med almindelige cifre; en tom celle
betyder "ikke i filen" og sletter aldrig en score, der er gemt. Findes der en samtale på
datoen, bruges den; ellers laves en.

Hver række tjekkes først. Er én række forkert, indlæses intet, og fejlene vises med
linjenumre. En score, der allerede er gemt med en anden værdi, ændres kun med --erstat.
Noter, der allerede er skrevet, ændres aldrig. Samme borger, dato og indikator må kun stå
én gang i filen."""


def _danish(message: str) -> str:
    return _DANISH.get(message, message)


def danish_argparse() -> None:
    """argparse speaks Danish (its ``_`` is looked up each time a message is made)."""
    argparse._ = _danish  # type: ignore[attr-defined]


_Formatter = argparse.RawDescriptionHelpFormatter


def build_parser() -> argparse.ArgumentParser:
    danish_argparse()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        metavar="MAPPE",
        default=argparse.SUPPRESS,
        help="mappe med databasen (standard: brugerens datamappe)",
    )
    parser = argparse.ArgumentParser(
        prog="progressionsdialog",
        description="Progressionsdialog: samtaler, indikatorer, livshjul og plan. Uden "
        "en kommando starter vinduet.",
        parents=[common],
        formatter_class=_Formatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="vis programmets version og afslut",
    )
    parser.add_argument("--demo", action="store_true", help="start på demo-databasen")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, vis vinduet, skriv 'ready' og afslut (til test)",
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandoer")

    def command(name: str, summary: str, description: str = "") -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            parents=[common],
            help=summary,
            description=description or summary[0].upper() + summary[1:] + ".",
            formatter_class=_Formatter,
        )

    citizen_help = "borgerens nummer (se kommandoen list)"
    demo = command("demo", "lav en demo-database med opdigtede borgere")
    demo.add_argument("--force", action="store_true", help="erstat en eksisterende database")
    listing = command("list", "vis borgere: nummer og navn, adskilt af tabulator")
    listing.add_argument("--archived", action="store_true", help="tag arkiverede borgere med")
    command("check", "tjek databasens sundhed, version og revisionslog")
    meetings = command("meetings", "vis en borgers samtaler med scorer")
    meetings.add_argument("--citizen", type=int, required=True, metavar="ID", help=citizen_help)
    score = command(
        "score",
        "giv en score ved en samtale",
        "Giv borgerens og/eller medarbejderens score for én indikator ved én samtale. "
        "En score er et tal fra 1 til 10 skrevet med almindelige cifre.",
    )
    score.add_argument(
        "--meeting", type=int, required=True, metavar="ID", help="samtalens nummer (se meetings)"
    )
    score.add_argument(
        "--indicator",
        required=True,
        metavar="NØGLE",
        help="en af: motivation, personal_resources, competences, job_search",
    )
    score.add_argument("--citizen-score", metavar="1-10", default="", help="borgerens score")
    score.add_argument("--worker-score", metavar="1-10", default="", help="medarbejderens score")
    score.add_argument(
        "--declined", action="store_true", help="borgeren vil ikke svare (uden --citizen-score)"
    )
    pdf = command("pdf", "lav borgerens plan, en overleveringsrapport eller blanke ark som PDF")
    pdf.add_argument(
        "--citizen", type=int, metavar="ID", help=citizen_help + " (ikke til blanke-ark)"
    )
    pdf.add_argument(
        "--kind",
        choices=["plan", "handover", "blanke-ark"],
        required=True,
        help="plan: borgerens plan; handover: overlevering til en kollega; blanke-ark: "
        "et tomt livshjul og spørgsmålene hvad, hvorfor, hvordan til at udfylde derhjemme",
    )
    pdf.add_argument(
        "--areas",
        type=int,
        metavar="ANTAL",
        help="felter i det tomme livshjul, 3-12 (kun blanke-ark; ellers 8)",
    )
    pdf.add_argument("--out", type=Path, required=True, metavar="FIL", help="PDF-filen")
    pdf.add_argument(
        "--include-private-notes",
        action="store_true",
        help="tag de private noter med (kun i overleveringen, aldrig i planen)",
    )
    pdf.add_argument(
        "--include-sensitive",
        action="store_true",
        help="tag helbred og misbrug med i borgerens plan (kun i planen)",
    )
    pdf.add_argument(
        "--sprog",
        choices=["da", "en"],
        metavar="da|en",
        help="sproget i planens og de blanke arks faste tekster: da (dansk, standard) "
        "eller en (engelsk)",
    )
    backup = command("backup", "gem en sikkerhedskopi, krypteret som databasen")
    backup.add_argument("--out", type=Path, required=True, metavar="FIL", help="kopiens fil")
    restore = command(
        "restore",
        "hent en sikkerhedskopi",
        "Hent en sikkerhedskopi. Filen tjekkes først, og det, der er nu, gemmes i backups/. "
        "Borgere, der er slettet efter kopien blev taget, slettes igen.",
    )
    restore.add_argument("file", type=Path, metavar="FIL", help="sikkerhedskopien")
    export = command("export", "alt om én borger som JSON og PDF (retten til indsigt)")
    export.add_argument("--citizen", type=int, required=True, metavar="ID", help=citizen_help)
    export.add_argument(
        "--out", type=Path, required=True, metavar="FIL.json", help="JSON-filen (PDF'en ved siden)"
    )
    erase = command("erase", "slet en borger for altid, også fra senere gendannelser")
    erase.add_argument("--citizen", type=int, required=True, metavar="ID", help=citizen_help)
    erase.add_argument("--yes", action="store_true", help="bekræft sletningen")
    command("retention", "vis borgere uden aktivitet i 5 år")
    imports = command("import-scores", "indlæs scorer fra en CSV-fil", CSV_HELP)
    imports.add_argument("file", type=Path, metavar="FIL", help="CSV-filen")
    imports.add_argument(
        "--erstat",
        dest="replace",
        action="store_true",
        help="erstat scorer, der allerede er gemt (noterne ændres aldrig)",
    )
    stats = command(
        "statistik",
        "tal for lederen: hvem rykker sig, på hvilke indikatorer, efter hvilke indsatser",
        "Tal for hele databasen: første og seneste score i gennemsnit, og hvor mange der gik "
        "op, holdt niveauet eller gik ned, for borgerens og medarbejderens score, delt op på "
        "målgruppe og indsats; og tiden fra første samtale til første virksomhedsrettede "
        "indsats. En gruppe med færre end 5 borgere vises som 'færre end 5', aldrig som tal.",
    )
    stats.add_argument("--fra", metavar="DATO", help="samtaler fra denne dato (dd-mm-åååå)")
    stats.add_argument("--til", metavar="DATO", help="samtaler til og med denne dato (dd-mm-åååå)")
    stats.add_argument(
        "--csv", type=Path, metavar="FIL", help="gem også tabellerne som CSV (til regneark)"
    )
    stats.add_argument(
        "--pdf", type=Path, metavar="FIL", help="gem teamrapporten med diagrammer som PDF"
    )
    stats.add_argument("--projekt", metavar="NAVN", help="kun dette projekt mod dets kontrolgruppe")
    stats.add_argument(
        "--eksport",
        type=Path,
        metavar="FIL",
        help="gem en fil uden navne til teamets tal (se --teamnoegle)",
    )
    stats.add_argument(
        "--teamnoegle",
        metavar="NØGLE",
        help="teamets nøgle, så en borger tæller én gang på tværs af medarbejdere "
        "(eller PROGRESSIONSDIALOG_TEAM_KEY)",
    )
    stats.add_argument(
        "--indlaes",
        type=Path,
        nargs="+",
        metavar="FIL",
        help="vis teamets tal fra en eller flere filer lavet med --eksport",
    )
    project = command(
        "projekt",
        "opret et projekt, eller sæt en borger i det (som deltager eller i kontrolgruppen)",
        "Opret et projekt: projekt --navn JobStart --start 05-01-2026 --kontrolgruppe. "
        "Sæt en borger i det: projekt --navn JobStart --borger ID --rolle deltager "
        "--dato 12-01-2026. En borger kan ikke både være deltager og i kontrolgruppen.",
    )
    project.add_argument("--navn", required=True, metavar="NAVN", help="projektets navn")
    project.add_argument("--start", metavar="DATO", help="når projektet begyndte (opret)")
    project.add_argument(
        "--kontrolgruppe", action="store_true", help="projektet har en kontrolgruppe (opret)"
    )
    project.add_argument("--borger", type=int, metavar="ID", help=citizen_help)
    project.add_argument(
        "--rolle", choices=["deltager", "kontrol"], help="deltager eller kontrol(gruppe)"
    )
    project.add_argument("--dato", metavar="DATO", help="når borgeren kom med (dd-mm-åååå)")
    outcome = command(
        "status",
        "registrér hvor en borger er nu: job, uddannelse, ledig …",
        "Registrér en borgers status med dato, når den sker, og igen 12 og 24 måneder efter "
        "et projekt. Uden --borger vises dem, hvis status mangler ved 12 eller 24 måneder.",
    )
    outcome.add_argument("--borger", type=int, metavar="ID", help=citizen_help)
    outcome.add_argument(
        "--status",
        choices=[
            "ordinary_job",
            "wage_subsidy_job",
            "education",
            "ordinary_hours",
            "flexjob",
            "unemployed",
            "moved_away",
            "other",
        ],
        help="ordinary_job (ordinært job), wage_subsidy_job (løntilskud), education "
        "(uddannelse), ordinary_hours (ordinære timer), flexjob, unemployed (ledig), "
        "moved_away (fraflyttet), other (andet)",
    )
    outcome.add_argument("--dato", metavar="DATO", help="datoen (dd-mm-åååå; standard: i dag)")
    outcome.add_argument(
        "--ydelse-start", metavar="DATO", help="når borgerens ydelse begyndte (dd-mm-åååå)"
    )
    return parser


def refuse_meaningless(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Options that mean nothing together are refused with a reason, never ignored."""
    if args.command == "pdf":
        if args.kind == "blanke-ark":
            given = [
                option
                for option, value in (
                    ("--citizen", args.citizen),
                    ("--include-private-notes", args.include_private_notes),
                    ("--include-sensitive", args.include_sensitive),
                )
                if value
            ]
            if given:
                parser.error(f"{given[0]} hører ikke til --kind blanke-ark: arkene er blanke.")
        elif args.citizen is None:
            parser.error(f"--citizen skal angives til --kind {args.kind}.")
        elif args.areas is not None:
            parser.error("--areas hører kun til --kind blanke-ark.")
        if args.kind == "plan" and args.include_private_notes:
            parser.error(
                "--include-private-notes kan ikke bruges med --kind plan: private noter "
                "kommer aldrig i borgerens plan."
            )
        if args.kind == "handover" and args.include_sensitive:
            parser.error("--include-sensitive hører kun til borgerens plan (--kind plan).")
        if args.kind == "handover" and args.sprog is not None:
            parser.error("--sprog hører kun til --kind plan og --kind blanke-ark.")
