"""F1 shows every key of the counter; Help/About names the training platform's address; the
Balie menu can end the program."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_f1_lists_the_keys_in_the_counter_language(counter_app, qtbot):
    window = counter_app.window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["F2"] == "Verkopen aan de gekozen prijs"
    assert rows["F5, Ctrl+S"] == "Nu synchroniseren"
    assert rows["F8"] == "Laatste actie annuleren"
    assert rows["F12"].startswith("Oefenkaarten")
    menu_keys = {k.toString() for a in window._menu_actions() for k in a.shortcuts()}
    listed = {key.strip() for keys in rows for key in keys.split(",")}
    assert menu_keys - {""} <= listed | {"Ctrl+,"}, "every menu key is in the list"


def test_help_about_shows_the_training_platform_address(counter_app, qtbot):
    window = counter_app.window
    assert window.menuBar().actions()[-1] is window.help_menu.menuAction(), "Help comes last"
    window.help_about_action.trigger()
    about = window.about_dialog
    assert about is not None and about.isVisible()
    url = counter_app.composition.platform.url
    assert f"Oefenplatform: {url}" in about.text.text()
    assert url.startswith("http://127.0.0.1:")


def test_the_balie_menu_ends_the_program(counter_app, qtbot):
    window = counter_app.window
    assert window.quit_action.text() == "Balie sl&uiten"
    assert [k.toString() for k in window.quit_action.shortcuts()] == ["Ctrl+Q"]
    assert window.quit_action in window.counter_menu.actions()


def test_end_of_day_in_the_balie_menu_opens_the_report_and_asks_the_count(counter_app, qtbot):
    """The day's last step is in the menu, not only behind F11: the report opens with the count
    of the drawer asked."""
    from PySide6.QtWidgets import QApplication

    window = counter_app.window
    assert window.end_of_day_action in window.counter_menu.actions()
    assert window.end_of_day_action.text().startswith("&Einde van de dag")
    window.end_of_day_action.trigger()
    report = window.report_view
    assert report is not None and report.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert type(dialog).__name__ == "CloseDrawerDialog"
    dialog.reject()
    report.close()
