"""One small function per thing the analyst asks of the window: ask what is needed, call the core, and
push the undo step (in the manner of Anki's ``qt/aqt/operations``), in a module per kind of intent:
``articles`` (load, paste, remove, reload, properties), ``claims`` (edits, exclusions, groups),
``settings`` (currency, units, rates), ``projects`` (save, open, new, recent, recovery, export), and
``analysis``, which shows each new state of the project.

Every change of the project (loading, pasting, removing and reloading articles, edits, rate overrides,
settings) is an ``analysis.StateCommand`` from one core ``State`` to the next, on the window's one undo
stack, so undo covers all of them, the title bar shows the project modified and autosave saves it. The
names below are the intents the menus, the panels and the command line call.
"""

from .analysis import after_job, announce_loaded, change, reset, show_state
from .articles import (
    add_text,
    article_properties,
    drop,
    load,
    open_dialog,
    paste,
    reload_article,
    remove_article,
    set_article_field,
    set_article_values,
    url_dialog,
)
from .claims import (
    add_claim_from_selection,
    apply_edit,
    claim_menu,
    edit_claim,
    merge_groups,
    move_to_group,
    new_group,
    rename_group,
    toggle_exclude,
)
from .projects import (
    adopt_project,
    autosaving,
    close_project,
    confirm_discard,
    export_dialog,
    export_to,
    fill_recent,
    finish_autosave,
    new_project,
    open_project_file,
    recent_paths,
    restore_recovery,
    save,
    save_as,
    save_recovery,
    save_to,
    show_project,
)
from .settings import base_currency_dialog, override_rate, rate_override_dialog, set_settings, use_settings

__all__ = [
    "add_claim_from_selection", "add_text", "adopt_project", "after_job", "announce_loaded", "apply_edit",
    "article_properties", "autosaving", "base_currency_dialog", "change", "claim_menu", "close_project", "confirm_discard", "drop",
    "edit_claim", "export_dialog", "export_to", "fill_recent", "finish_autosave", "load", "merge_groups",
    "move_to_group", "new_group", "new_project", "open_dialog", "open_project_file", "override_rate", "paste",
    "rate_override_dialog", "recent_paths", "reload_article", "remove_article", "rename_group", "reset",
    "restore_recovery", "save", "save_as", "save_recovery", "save_to", "set_article_field",
    "set_article_values", "set_settings", "show_project", "show_state", "toggle_exclude", "url_dialog",
    "use_settings",
]
