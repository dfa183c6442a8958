"""The language of the window: Danish (the source texts) or English (a Qt translation file).

Which language: ``PROGRESSIONSDIALOG_LANG`` (``da`` or ``en``) if set, else the choice made
in Indstillinger (kept per user, not in the citizens' database), else the system's language
when it is Danish or English, else Danish (a Danish job centre's tool, and the citizen
beside the worker reads Danish). Danish needs no file of ours. A missing or broken
translation file, or a language we have no translation for, means Danish: the program never
stops over a translation.

Qt's own texts (Cancel, the context menu's Undo/Cut/Paste, the file dialog) come from Qt's
translations (``qtbase_da.qm``), loaded for the same language.

The translation files live in ``resources/translations``; its README says how to update
them (``pyside6-lupdate`` and ``pyside6-lrelease``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from progressionsdialog import i18n
from progressionsdialog.resource_files import resource_path

log = logging.getLogger(__name__)

ENV_VAR = "PROGRESSIONSDIALOG_LANG"
SOURCE_LANGUAGE = "da"
LANGUAGES = ("da", "en")
SETTINGS_KEY = "language"
_ATTRIBUTE = "_progressionsdialog_translator"
_QT_ATTRIBUTE = "_progressionsdialog_qt_translator"


def translation_file(language: str) -> Path:
    """The compiled translation (``.qm``) for a language."""
    return resource_path("translations", f"progressionsdialog_{language}.qm")


def _settings() -> QSettings:
    # Named here, not by the application, because the language is chosen before the
    # application has its names.
    return QSettings(
        QSettings.defaultFormat(),
        QSettings.Scope.UserScope,
        "progressionsdialog",
        "progressionsdialog",
    )


def saved_language() -> str | None:
    """The language chosen in Indstillinger, if one was chosen."""
    value = _settings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str) -> None:
    """Keep the worker's choice of language for the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings = _settings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def system_language() -> str:
    """The system's language if we speak it, else Danish."""
    name = normalised(QLocale.system().name())
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def normalised(raw: str) -> str:
    """The two-letter language of a locale name.

    >>> normalised("en_GB.UTF-8")
    'en'
    >>> normalised("DA-dk")
    'da'
    """
    return raw.strip().replace("-", "_").split(".")[0].split("_")[0].lower()


def wanted_language(language: str | None = None) -> str:
    """The two-letter language asked for: the argument, the environment, the saved choice,
    the system's language if Danish or English, else Danish.

    >>> wanted_language("en_GB.UTF-8")
    'en'
    >>> wanted_language("DA-dk")
    'da'
    """
    raw = language or os.environ.get(ENV_VAR, "").strip()
    if raw:
        return normalised(raw)
    return saved_language() or system_language()


def _install_qt_translation(app: QCoreApplication, language: str) -> None:
    """Qt's own buttons, context menus and file dialogs in the same language."""
    old = getattr(app, _QT_ATTRIBUTE, None)
    if old is not None:
        app.removeTranslator(old)
        old.deleteLater()
        setattr(app, _QT_ATTRIBUTE, None)
    if language == "en":  # Qt's source texts are English
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder) and app.installTranslator(translator):
        setattr(app, _QT_ATTRIBUTE, translator)
    else:  # the bundle lacks it: Qt's English words are a nuisance, not a fault
        log.info("Qt's own %r translation not found in %s", language, folder)
        translator.deleteLater()


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Put the window's texts into the wanted language; returns the language used.

    Calling it again replaces the earlier translation. The translators are kept on ``app``
    so that Python does not collect them while Qt still uses them.
    """
    old = getattr(app, _ATTRIBUTE, None)
    if old is not None:
        app.removeTranslator(old)
        old.deleteLater()
        setattr(app, _ATTRIBUTE, None)
    used = _install_own_translation(app, wanted_language(language))
    _install_qt_translation(app, used)
    i18n.set_language(used)  # the core's sentences, charts and PDFs
    return used


def _install_own_translation(app: QCoreApplication, wanted: str) -> str:
    if wanted == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    if wanted not in LANGUAGES:
        log.info("No translation for language %r; using Danish", wanted)
        return SOURCE_LANGUAGE
    translator = QTranslator(app)
    try:
        path = translation_file(wanted)
        loaded = path.is_file() and translator.load(str(path))
    except (OSError, ValueError) as error:  # the bundle lacks the file: Danish will do
        log.warning("Translation file for %r could not be read: %s", wanted, error)
        loaded = False
    if not loaded or not app.installTranslator(translator):
        log.warning("Translation for %r not loaded; using Danish", wanted)
        translator.deleteLater()
        return SOURCE_LANGUAGE
    setattr(app, _ATTRIBUTE, translator)
    return wanted


def installed_translator(app: QCoreApplication) -> QTranslator | None:
    """The translator :func:`install_translator` put on ``app``, if any (for removing it)."""
    return getattr(app, _ATTRIBUTE, None)


# Texts that reach ``tr()`` through a variable (``self.tr(label)``) rather than as a literal,
# so ``pyside6-lupdate`` cannot see them where they are used. They are named here, each in
# the context (class) whose ``tr()`` translates it, so they land in the translation file.
# Keep them in step with the constants they copy; tests/ui/test_translation.py checks that.
_TEXTS_PASSED_TO_TR = (
    # ui/models/citizen_table_model.py: CitizenTableModel.HEADERS
    QT_TRANSLATE_NOOP("CitizenTableModel", "Navn"),
    QT_TRANSLATE_NOOP("CitizenTableModel", "Født"),
    QT_TRANSLATE_NOOP("CitizenTableModel", "Målgruppe"),
    QT_TRANSLATE_NOOP("CitizenTableModel", "Sagsbehandler"),
    QT_TRANSLATE_NOOP("CitizenTableModel", "Seneste samtale"),
    # ui/app.py: AUDIT_CHANGED
    QT_TRANSLATE_NOOP(
        "app",
        "Revisionsloggen er ændret uden om programmet:\n\n{problems}\n\n"
        "Du kan arbejde videre, og intet er slettet. Kontakt support eller din "
        "databeskyttelsesrådgiver, og nævn tidspunktet. Detaljerne står i logfilen.",
    ),
    # ui/screens/citizen_plan_view.py: the step owners and "not decided", through variables
    QT_TRANSLATE_NOOP("CitizenPlanView", "Ikke besluttet endnu"),
    QT_TRANSLATE_NOOP("CitizenPlanView", "Borger"),
    QT_TRANSLATE_NOOP("CitizenPlanView", "Sagsbehandler"),
    QT_TRANSLATE_NOOP("CitizenPlanView", "Mentor"),
    QT_TRANSLATE_NOOP("CitizenPlanView", "Virksomhed"),
    QT_TRANSLATE_NOOP("CitizenPlanView", "Virksomhedskonsulent"),
    QT_TRANSLATE_NOOP("CitizenPlanView", "Andre"),
    # ui/screens/plan/efforts_section.py: HEADERS; goal_section.py: WORDING_NAMES
    QT_TRANSLATE_NOOP("EffortsSection", "Indsats"),
    QT_TRANSLATE_NOOP("EffortsSection", "Periode"),
    QT_TRANSLATE_NOOP("EffortsSection", "Aftalte mål"),
    QT_TRANSLATE_NOOP("GoalSection", "Borgerens ord"),
    QT_TRANSLATE_NOOP("GoalSection", "Jobrettet"),
    # ui/screens/plan/: the HHH history's field names and contact roles (label_tr)
    QT_TRANSLATE_NOOP("PlanPage", "Hvad"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvorfor"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvordan"),
    QT_TRANSLATE_NOOP("PlanPage", "Støttekontaktperson"),
    QT_TRANSLATE_NOOP("PlanPage", "Læge"),
    # progressionsdialog/domain/screening.py: the areas, their questions and the choices
    QT_TRANSLATE_NOOP("PlanPage", "Uddannelse og beviser"),
    QT_TRANSLATE_NOOP(
        "PlanPage", "Hvilken skole og uddannelse har du? Har du beviser, også fra udlandet?"
    ),
    QT_TRANSLATE_NOOP("PlanPage", "Erhvervserfaring"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvor har du arbejdet? Hvad var du god til?"),
    QT_TRANSLATE_NOOP("PlanPage", "Jobønsker"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvad vil du gerne arbejde med?"),
    QT_TRANSLATE_NOOP("PlanPage", "Dansk sprog"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvor godt taler, læser og skriver du dansk?"),
    QT_TRANSLATE_NOOP("PlanPage", "Helbred"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvordan har du det? Hvad kan du, og hvad er svært?"),
    QT_TRANSLATE_NOOP("PlanPage", "Bolig"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvor bor du? Er det et godt sted at bo?"),
    QT_TRANSLATE_NOOP("PlanPage", "Økonomi"),
    QT_TRANSLATE_NOOP("PlanPage", "Får du pengene til at slå til? Har du gæld?"),
    QT_TRANSLATE_NOOP("PlanPage", "Netværk"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvem kan du tale med og få hjælp af?"),
    QT_TRANSLATE_NOOP("PlanPage", "Omsorgsopgaver"),
    QT_TRANSLATE_NOOP("PlanPage", "Passer du børn eller andre? Hvornår har du tid?"),
    QT_TRANSLATE_NOOP("PlanPage", "Transport og kørekort"),
    QT_TRANSLATE_NOOP("PlanPage", "Hvordan kommer du rundt? Har du kørekort?"),
    QT_TRANSLATE_NOOP("PlanPage", "Digitale færdigheder"),
    QT_TRANSLATE_NOOP("PlanPage", "Kan du bruge computer, mail og MitID?"),
    QT_TRANSLATE_NOOP("PlanPage", "Ikke talt om"),
    QT_TRANSLATE_NOOP("PlanPage", "Ressource"),
    QT_TRANSLATE_NOOP("PlanPage", "Barriere"),
    QT_TRANSLATE_NOOP("PlanPage", "Begge dele"),
    # ui/dialogs/report_dialog.py: TITLES
    QT_TRANSLATE_NOOP("ReportDialog", "Borgerens plan"),
    QT_TRANSLATE_NOOP("ReportDialog", "Overleveringsrapport"),
    QT_TRANSLATE_NOOP("ReportDialog", "Blanke ark til at udfylde hjemme"),
    # ui/dialogs/password_dialog.py: FORGOTTEN
    QT_TRANSLATE_NOOP(
        "PasswordDialog",
        "Skriv adgangskoden ned et sikkert sted. Glemmer du den, kan ingen åbne data igen – "
        "heller ikke support. Så må du starte forfra med en tom database.",
    ),
    # progressionsdialog/domain/citizen.py: TARGET_GROUP_LABELS, in the citizen form
    QT_TRANSLATE_NOOP("CitizenFormDialog", "Jobparat"),
    QT_TRANSLATE_NOOP("CitizenFormDialog", "Aktivitetsparat"),
    QT_TRANSLATE_NOOP("CitizenFormDialog", "Sygedagpenge"),
    QT_TRANSLATE_NOOP("CitizenFormDialog", "Ressourceforløb"),
    QT_TRANSLATE_NOOP("CitizenFormDialog", "Uddannelseshjælp"),
    QT_TRANSLATE_NOOP("CitizenFormDialog", "Andet"),
    # progressionsdialog/domain/meeting.py: MEETING_KIND_LABELS, in the meeting editor
    QT_TRANSLATE_NOOP("MeetingEditor", "Visitationssamtale"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Opfølgningssamtale"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Jobsamtale"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Netværksmøde / rundbordssamtale"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Samtale i virksomheden"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Andet"),
    # ui/screens/plan_page.py: PROMPTS
    QT_TRANSLATE_NOOP("PlanPage", "Hvad vil du gerne opnå?"),
    QT_TRANSLATE_NOOP(
        "PlanPage", "Hvorfor er det vigtigt for dig? Hvad vil du mærke, når du når det?"
    ),
    QT_TRANSLATE_NOOP("PlanPage", "Hvordan kommer du derhen? Hvad er det første skridt?"),
    # progressionsdialog/domain/plan.py: NOT_DECIDED, GoalKind, STEP_OWNER_LABELS, EFFORT_LABELS
    QT_TRANSLATE_NOOP("PlanPage", "Ikke besluttet endnu"),
    QT_TRANSLATE_NOOP("PlanPage", "Job"),
    QT_TRANSLATE_NOOP("PlanPage", "Uddannelse"),
    QT_TRANSLATE_NOOP("PlanPage", "Borger"),
    QT_TRANSLATE_NOOP("PlanPage", "Sagsbehandler"),
    QT_TRANSLATE_NOOP("PlanPage", "Mentor"),
    QT_TRANSLATE_NOOP("PlanPage", "Virksomhed"),
    QT_TRANSLATE_NOOP("PlanPage", "Virksomhedskonsulent"),
    QT_TRANSLATE_NOOP("PlanPage", "Andre"),
    QT_TRANSLATE_NOOP("PlanPage", "Kursus"),
    QT_TRANSLATE_NOOP("PlanPage", "Mestringskursus"),
    QT_TRANSLATE_NOOP("PlanPage", "Virksomhedspraktik"),
    QT_TRANSLATE_NOOP("PlanPage", "Løntilskud"),
    QT_TRANSLATE_NOOP("PlanPage", "Ordinære timer"),
    QT_TRANSLATE_NOOP("PlanPage", "Sundhed og træning"),
    QT_TRANSLATE_NOOP("PlanPage", "Misbrugsbehandling"),
    QT_TRANSLATE_NOOP("PlanPage", "Gældsrådgivning"),
    QT_TRANSLATE_NOOP("PlanPage", "Rundbordssamtale"),
    QT_TRANSLATE_NOOP("PlanPage", "Andet"),
    # progressionsdialog/overview.py: the section titles of the overview tab
    QT_TRANSLATE_NOOP("CitizenOverview", "Målet"),
    QT_TRANSLATE_NOOP("CitizenOverview", "Næste samtale"),
    QT_TRANSLATE_NOOP("CitizenOverview", "Åbne skridt"),
    QT_TRANSLATE_NOOP("CitizenOverview", "Indsatser"),
    QT_TRANSLATE_NOOP("CitizenOverview", "Seneste score"),
    QT_TRANSLATE_NOOP("CitizenOverview", "Seneste score (borgerens)"),
    QT_TRANSLATE_NOOP("CitizenOverview", "Skal følges op"),
    # progressionsdialog/domain/life_wheel.py: AreaStatus.label
    QT_TRANSLATE_NOOP("LifeWheelPage", "Ikke valgt"),
    QT_TRANSLATE_NOOP("LifeWheelPage", "Fungerer godt"),
    QT_TRANSLATE_NOOP("LifeWheelPage", "Jeg vil gerne ændre noget"),
    # ui/undo.py: ArchiveCommand's verb
    QT_TRANSLATE_NOOP("undo", "arkivér %1"),
    QT_TRANSLATE_NOOP("undo", "genskab %1"),
)


def meeting_kind_label(kind) -> str:
    """A meeting kind in the window's language (the core translates its labels; Qt's file
    holds them too, for the window's own translation context)."""
    return QCoreApplication.translate("MeetingEditor", kind.label)


def target_group_label(group) -> str:
    """A target group in the window's language (the core translates its labels; Qt's file
    holds them too, for the window's own translation context)."""
    return QCoreApplication.translate("CitizenFormDialog", group.label)


def ui_language() -> str:
    """The language the window speaks now: "en" when the English translation is installed."""
    app = QCoreApplication.instance()
    return "en" if app is not None and installed_translator(app) is not None else "da"


# BEGIN texts through wrappers: made by scripts/collect_wrapped_texts.py
_TEXTS_THROUGH_WRAPPERS = (
    QT_TRANSLATE_NOOP("MainWindow", "Udskriv &plan …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Overleveringsrapport …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Blanke ark til at udfylde hjemme …"),
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "Et tomt livshjul og HHH-spørgsmålene, som borgeren kan udfylde hjemme",
    ),
    QT_TRANSLATE_NOOP("MainWindow", "&Revisionslog …"),
    QT_TRANSLATE_NOOP("MainWindow", "Borgere &uden aktivitet …"),
    QT_TRANSLATE_NOOP("MainWindow", "Skift a&dgangskode …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Indstillinger …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Lås"),
    QT_TRANSLATE_NOOP("MainWindow", "&Afslut"),
    QT_TRANSLATE_NOOP("MainWindow", "&Fortryd"),
    QT_TRANSLATE_NOOP("MainWindow", "&Gentag"),
    QT_TRANSLATE_NOOP("MainWindow", "&Søg efter borger"),
    QT_TRANSLATE_NOOP("MainWindow", "&Ny borger …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Rediger borger …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Arkivér borger …"),
    QT_TRANSLATE_NOOP("MainWindow", "Ny sa&mtale"),
    QT_TRANSLATE_NOOP("MainWindow", "&Eksportér alle data …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Slet for altid …"),
    QT_TRANSLATE_NOOP("MainWindow", "&Borgerlisten"),
    QT_TRANSLATE_NOOP("MainWindow", "Skjul listen, så samtalen fylder hele skærmen"),
    QT_TRANSLATE_NOOP("MainWindow", "Borger&visning"),
    QT_TRANSLATE_NOOP("MainWindow", "&Statistik for teamet …"),
    QT_TRANSLATE_NOOP("MainWindow", "Tal for alle borgere, uden navne: hvem rykker sig"),
    QT_TRANSLATE_NOOP("MainWindow", "&Projekter …"),
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "Projekter, kontrolgrupper og borgernes status efter 12 og 24 måneder",
    ),
    QT_TRANSLATE_NOOP("MainWindow", "&Om Progressionsdialog"),
    QT_TRANSLATE_NOOP("MainWindow", "&Filer"),
    QT_TRANSLATE_NOOP("MainWindow", "&Rediger"),
    QT_TRANSLATE_NOOP("MainWindow", "&Borger"),
    QT_TRANSLATE_NOOP("MainWindow", "&Vis"),
    QT_TRANSLATE_NOOP("MainWindow", "&Hjælp"),
    QT_TRANSLATE_NOOP("MainWindow", "Værktøjslinje"),
    QT_TRANSLATE_NOOP("MainWindow", "Lås"),
    QT_TRANSLATE_NOOP("MainWindow", "Lås programmet"),
    QT_TRANSLATE_NOOP("MainWindow", "Lås, så ingen kan se data om borgerne. Åbn med adgangskoden"),
    QT_TRANSLATE_NOOP("MainWindow", "Borgervisning"),
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "Vis kun denne borger, i stor skrift, til borgeren ved skærmen",
    ),
    QT_TRANSLATE_NOOP("MainWindow", "Ny samtale"),
    QT_TRANSLATE_NOOP("MainWindow", "Ny samtale med borgeren"),
    QT_TRANSLATE_NOOP("MainWindow", "Start en ny samtale i dag"),
    QT_TRANSLATE_NOOP("MainWindow", "Udskriv plan"),
    QT_TRANSLATE_NOOP("MainWindow", "Borgerens plan: se den, gem den eller udskriv den"),
    QT_TRANSLATE_NOOP("MainWindow", "&Genskab borger"),
    QT_TRANSLATE_NOOP("EraseDialog", "Slet borger for altid"),
    QT_TRANSLATE_NOOP("EraseDialog", "Slet for altid"),
    QT_TRANSLATE_NOOP("EraseDialog", "Annuller"),
    QT_TRANSLATE_NOOP("EraseDialog", "Skriv borgerens navn for at bekræfte:"),
    QT_TRANSLATE_NOOP("EraseDialog", "Alt om %1 slettes for altid. Det kan ikke fortrydes."),
    QT_TRANSLATE_NOOP("StatisticsDialog", "Teamnøgle"),
    QT_TRANSLATE_NOOP(
        "StatisticsDialog",
        "Teamets nøgle (den samme på alle computere i teamet), så en borger, der har skiftet medarbejder, tæller én gang. Lad feltet stå tomt, hvis teamet ikke har en.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("StatisticsDialog", "Tallene kunne ikke beregnes"),
    QT_TRANSLATE_NOOP("StatisticsDialog", "Teamfilen kunne ikke gemmes"),
    QT_TRANSLATE_NOOP("StatisticsDialog", "PDF'en kunne ikke laves"),
    QT_TRANSLATE_NOOP("ScreeningSection", "Note, kun for dig:"),
    QT_TRANSLATE_NOOP("ScreeningSection", "Kun for dig. Kommer ikke med i borgerens plan."),
    QT_TRANSLATE_NOOP("ScreeningSection", "I har ikke talt om nogen områder endnu."),
    QT_TRANSLATE_NOOP("ScreeningSection", "Screenet %1."),
    QT_TRANSLATE_NOOP("ScreeningSection", "%1: borgerens egne ord"),
    QT_TRANSLATE_NOOP("ScreeningSection", "%1: medarbejderens note, kun for medarbejderen"),
    QT_TRANSLATE_NOOP("ScreeningSection", "Barrierer: %1."),
    QT_TRANSLATE_NOOP("ScreeningSection", "Ressourcer: %1."),
    QT_TRANSLATE_NOOP("ScreeningSection", "Screening %1"),
    QT_TRANSLATE_NOOP("ScreeningSection", "Note om %1: %2"),
)
# END texts through wrappers
