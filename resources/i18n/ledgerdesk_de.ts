<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="+92"/>
        <source>Proprietary: all rights reserved</source>
        <translation>Proprietär: alle Rechte vorbehalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (unencrypted: refused unless allowed)</source>
        <translation>{name} (unverschlüsselt: nur mit ausdrücklicher Erlaubnis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available ({reason})</source>
        <translation>nicht verfügbar ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>About LedgerDesk</source>
        <translation>Über LedgerDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API keys kept in</source>
        <translation>API-Schlüssel gespeichert in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolkit</source>
        <translation>Oberflächen-Toolkit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal entry for bookkeepers: vouchers typed in a fast grid, checked before anything leaves this computer, posted to Confirma Finance or Infinity.</source>
        <translation>Belegerfassung für Buchhalterinnen und Buchhalter: Belege werden in einer schnellen Tabelle erfasst, geprüft, bevor etwas diesen Computer verlässt, und an Confirma Finance oder Infinity übermittelt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details for support</source>
        <translation>Angaben für den Support kopieren</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/ui/attachments.py" line="+42"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>no program to show it was found; the copy is {path}</source>
        <translation>kein Programm zum Anzeigen gefunden; die Kopie liegt unter {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}
SHA-256: {sha256}</source>
        <translation>{file}
SHA-256: {sha256}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipts and invoices (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.xml);;All files (*)</source>
        <translation>Quittungen und Rechnungen (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach source documents</source>
        <translation>Originalbelege anhängen</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <location line="-198"/>
        <source>Source documents</source>
        <translation>Originalbelege</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the source document</source>
        <translation>Vorschau des Originalbelegs</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter opens the document in its viewer; Del removes it from the draft.</source>
        <translation>Enter öffnet den Beleg in seinem Anzeigeprogramm; Entf entfernt ihn aus dem Entwurf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a receipt or an invoice on the window, use File ▸ Attach… (Ctrl+Shift+A) or paste an image (Ctrl+V).</source>
        <translation>Eine Quittung oder Rechnung auf das Fenster ziehen, Datei ▸ Anhängen… (Strg+Umschalt+A) wählen oder ein Bild einfügen (Strg+V).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source documents ({count}): they stay with the firm and are not sent to {target}.</source>
        <translation>Originalbelege ({count}): sie bleiben im Büro und werden nicht an {target} gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No source document</source>
        <translation>Kein Originalbeleg</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../app/ui/backup_dialogs.py" line="+24"/>
        <source>LedgerDesk backup (*.zip)</source>
        <translation>LedgerDesk-Sicherung (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up LedgerDesk</source>
        <translation>LedgerDesk sichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to {path} (the database and settings; API keys stay in the keyring).</source>
        <translation>Gesichert in {path} (die Datenbank und die Einstellungen; API-Schlüssel bleiben im Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not backed up: {reason}</source>
        <translation>Nicht gesichert: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a LedgerDesk backup</source>
        <translation>Eine LedgerDesk-Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not restored: {reason}</source>
        <translation>Nicht wiederhergestellt: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup of {created} is checked and will be restored when LedgerDesk starts next: its drafts, outbox and review list replace this computer&apos;s, and the current database is kept beside it (ledgerdesk.sqlite3.before-restore-…). LedgerDesk must restart for that. Quit now?</source>
        <translation>Die Sicherung vom {created} ist geprüft und wird beim nächsten Start von LedgerDesk wiederhergestellt: ihre Entwürfe, ihr Postausgang und ihre Übersicht ersetzen die dieses Computers, die jetzige Datenbank bleibt daneben erhalten (ledgerdesk.sqlite3.before-restore-…). Dazu muss LedgerDesk neu starten. Jetzt beenden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Restore needs a restart</source>
        <translation>Wiederherstellen braucht einen Neustart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit now</source>
        <translation>Jetzt &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup chosen with File ▸ Restore… was not restored yet: another LedgerDesk has the data folder open. Close it and start LedgerDesk again.</source>
        <translation>Die mit Datei ▸ Wiederherstellen… gewählte Sicherung ist noch nicht wiederhergestellt: ein anderes LedgerDesk hat den Datenordner offen. Schliessen Sie es und starten Sie LedgerDesk erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup chosen with File ▸ Restore… was not restored: {reason}</source>
        <translation>Die mit Datei ▸ Wiederherstellen… gewählte Sicherung wurde nicht wiederhergestellt: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup of {created}. The previous database is kept as {kept}.</source>
        <translation>Die Sicherung vom {created} ist wiederhergestellt. Die bisherige Datenbank bleibt als {kept} erhalten.</translation>
    </message>
</context>
<context>
    <name>ChartImportDialog</name>
    <message>
        <location filename="../../app/ui/profiles/chart_import.py" line="+24"/>
        <source>Import a chart of accounts for {profile}</source>
        <translation>Kontenplan für {profile} importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {accepted} account(s) accepted, {rejected} row(s) rejected (read as {encoding}, separated by “{delimiter}”). Importing replaces the profile&apos;s current chart.</source>
        <translation>{file}: {accepted} Konten übernommen, {rejected} Zeilen abgelehnt (gelesen als {encoding}, getrennt durch «{delimiter}»). Der Import ersetzt den aktuellen Kontenplan des Profils.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT code</source>
        <translation>MWST-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is rejected</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accepted accounts</source>
        <translation>Ü&amp;bernommene Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rejected rows (not imported)</source>
        <translation>&amp;Abgelehnte Zeilen (nicht importiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}: {note}</source>
        <translation>Zeile {row}: {note}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>%n Konto &amp;importieren</numerusform>
            <numerusform>%n Konten &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleaguesDrafts</name>
    <message>
        <location filename="../../app/ui/colleagues_drafts.py" line="+145"/>
        <source>{name}&apos;s draft cannot be read: {reason}</source>
        <translation>Der Entwurf von {name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being edited by {name} (last saved {time}). Read-only here; Ctrl+Shift+O takes it over.</source>
        <translation>Wird von {name} bearbeitet (zuletzt gespeichert {time}). Hier schreibgeschützt; Ctrl+Shift+O übernimmt ihn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Take over draft</source>
        <translation>Entwurf übernehmen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Take over {draft} from {name}? From now on only you can change it; {name}&apos;s window keeps showing it, read-only. What shows here is replaced by the version saved last.</source>
        <translation>{draft} von {name} übernehmen? Ab jetzt können nur Sie ihn ändern; das Fenster von {name} zeigt ihn weiter, schreibgeschützt. Was hier steht, wird durch die zuletzt gespeicherte Fassung ersetzt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That draft is gone: it was sent or closed meanwhile.</source>
        <translation>Dieser Entwurf ist nicht mehr da: Er wurde inzwischen gesendet oder geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft cannot be read: {reason}</source>
        <translation>Der Entwurf kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have taken over {draft}: it is yours to edit now.</source>
        <translation>Sie haben {draft} übernommen: Jetzt bearbeiten Sie ihn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} has taken this draft over and edits it now. Your text stays here, read-only: nothing typed after the take-over was saved (File ▸ Save voucher file as… keeps it). Ctrl+Shift+O takes it back, with {name}&apos;s version.</source>
        <translation>{name} hat diesen Entwurf übernommen und bearbeitet ihn jetzt. Ihr Text bleibt hier, schreibgeschützt: Nichts, was nach der Übernahme getippt wurde, ist gespeichert (Datei ▸ Belegdatei speichern unter… bewahrt ihn). Ctrl+Shift+O holt ihn zurück, in der Fassung von {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has taken over {draft}.</source>
        <translation>{name} hat {draft} übernommen.</translation>
    </message>
</context>
<context>
    <name>ColleaguesDraftsDialog</name>
    <message>
        <location line="-150"/>
        <location line="+8"/>
        <source>Colleagues&apos; drafts</source>
        <translation>Entwürfe der Kollegen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Drafts colleagues are editing</source>
        <translation>Entwürfe, die Kollegen bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being edited by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(its text cannot be read)</source>
        <translation>(sein Text kann nicht gelesen werden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens the draft to read. Only whoever edits a draft can change it; Ctrl+Shift+O in its tab takes it over.</source>
        <translation>Enter öffnet den Entwurf zum Lesen. Nur wer einen Entwurf bearbeitet, kann ihn ändern; Ctrl+Shift+O in seinem Tab übernimmt ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No colleague has a draft open.</source>
        <translation>Kein Kollege hat einen Entwurf offen.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../app/ui/review/detail.py" line="+69"/>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net or VAT</source>
        <translation>Netto oder MWST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview showed</source>
        <translation>Vorschau zeigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines and VAT</source>
        <translation>Zeilen und MWST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by Infinity</source>
        <translation>Von Infinity gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and responses</source>
        <translation>Anfragen und Antworten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source documents</source>
        <translation>Originalbelege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher details</source>
        <translation>Belegdetails</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;i&gt;Choose a voucher in the list to see its lines and what was sent.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Beleg in der Liste, um seine Zeilen und das Gesendete zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voucher {number} · {date} · {profile} ({target})</source>
        <translation>Beleg {number} · {date} · {profile} ({target})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— Audit log (oldest first) —</source>
        <translation>— Prüfprotokoll (älteste zuerst) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Requests as queued in the outbox —</source>
        <translation>— Anfragen, wie sie im Postausgang stehen —</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../app/ui/diagnostics.py" line="+40"/>
        <location line="+1"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API keys kept in</source>
        <translation>API-Schlüssel gespeichert in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last lines of the log:</source>
        <translation>Letzte Zeilen des Protokolls:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the log is empty)</source>
        <translation>(das Protokoll ist leer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics for a support request</source>
        <translation>Diagnose für eine Support-Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the diagnostics for support</source>
        <translation>Diagnose für den Support kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What support needs to help: nothing here is secret (API keys are never logged).</source>
        <translation>Was der Support zum Helfen braucht: nichts hier ist geheim (API-Schlüssel werden nie protokolliert).</translation>
    </message>
</context>
<context>
    <name>Documentation</name>
    <message>
        <location filename="../../app/ui/about.py" line="-108"/>
        <source>&amp;Getting started (README)</source>
        <translation>&amp;Erste Schritte (README)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages and number formats</source>
        <translation>&amp;Sprachen und Zahlenformate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voucher file format</source>
        <translation>&amp;Dateiformat der Belege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;journal (PDF and CSV)</source>
        <translation>&amp;Journal (PDF und CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source &amp;documents (attachments)</source>
        <translation>&amp;Quelldokumente (Anhänge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;mplates and recurring vouchers</source>
        <translation>&amp;Vorlagen und wiederkehrende Belege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup and restore</source>
        <translation>Datensicherung und &amp;Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team mode (shared database)</source>
        <translation>Team&amp;modus (gemeinsame Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogs and diagnostics</source>
        <translation>Pr&amp;otokolle und Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;sandbox</source>
        <translation>Die Sand&amp;box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Architecture (for developers)</source>
        <translation>&amp;Architektur (für Entwickler)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This copy of LedgerDesk was installed without its documentation. It is in the docs folder of the LedgerDesk source (README.md, docs/keyboard.md, docs/languages.md); Help ▸ Keyboard (F1) lists every key.</source>
        <translation>Diese LedgerDesk-Installation enthält keine Dokumentation. Sie liegt im Ordner docs des LedgerDesk-Quellcodes (README.md, docs/keyboard.md, docs/languages.md); Hilfe ▸ Tastatur (F1) listet alle Tasten auf.</translation>
    </message>
</context>
<context>
    <name>DocumentationMenu</name>
    <message>
        <location line="+113"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where is the documentation?</source>
        <translation>Wo ist die Dokumentation?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No program on this computer opens {name}. The file is here:
{path}</source>
        <translation>Kein Programm auf diesem Computer öffnet {name}. Die Datei liegt hier:
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
</context>
<context>
    <name>DraftTabs</name>
    <message>
        <location filename="../../app/ui/drafts.py" line="+44"/>
        <source>Open drafts</source>
        <translation>Offene Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft tabs</source>
        <translation>Entwurfsregister</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A saved draft could not be read and is left in the store: {reason}</source>
        <translation>Ein gespeicherter Entwurf konnte nicht gelesen werden und bleibt in der Datenbank: {reason}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Close {draft}? {name} edits it now; the text shown here is not saved anywhere.</source>
        <translation>{draft} schliessen? {name} bearbeitet ihn jetzt; der hier gezeigte Text ist nirgends gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard {draft}? Its lines are archived, not sent.</source>
        <translation>{draft} verwerfen? Die Zeilen werden archiviert, nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <location filename="../../app/ui/style.py" line="+28"/>
        <source>SANDBOX — practice only, nothing reaches a real ledger</source>
        <translation>SANDBOX — nur zum Üben, nichts gelangt in eine echte Buchhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STAGING — the vendor&apos;s test system</source>
        <translation>TESTSYSTEM — das Testsystem des Anbieters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCTION — posts real entries</source>
        <translation>PRODUKTION — bucht echte Buchungen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} — PRODUCTION</source>
        <translation>{name} — PRODUKTION</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../app/ui/file_actions.py" line="+26"/>
        <source>Open voucher file</source>
        <translation>Belegdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Voucher files (*.json);;All files (*)</source>
        <translation>Belegdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+4"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {file} as a new draft.</source>
        <translation>{file} wurde als neuer Entwurf geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields that could not be read: {count}. They keep the text from the file and are marked.</source>
        <translation>Felder, die nicht gelesen werden konnten: {count}. Sie behalten den Text aus der Datei und sind markiert.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fields that cannot be read, left empty in the file: {count}.</source>
        <translation>Felder, die nicht gelesen werden können und in der Datei leer bleiben: {count}.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Left out (no place for them in a voucher): {fields}.</source>
        <translation>Weggelassen (kein Platz dafür in einem Beleg): {fields}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save voucher file as</source>
        <translation>Belegdatei speichern unter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} was not saved: {reason}</source>
        <translation>{file} wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the draft as {file}.</source>
        <translation>Der Entwurf wurde als {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/review/filter_bar.py" line="+36"/>
        <source>from, e.g. 1.11.2025</source>
        <translation>ab, z. B. 1.11.2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 1910</source>
        <translation>z. B. 1910</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words of the number, description or line texts</source>
        <translation>Wörter aus Nummer, Beschreibung oder Zeilentexten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acco&amp;unt</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;From</source>
        <translation>&amp;Ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount</source>
        <translation>Be&amp;trag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted b&amp;y</source>
        <translation>&amp;Gebucht von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ate</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
</context>
<context>
    <name>HeaderWidget</name>
    <message>
        <location filename="../../app/ui/header_widget.py" line="+29"/>
        <source>Da&amp;te</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>Be&amp;legart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;scription</source>
        <translation>Be&amp;schreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT</source>
        <translation>&amp;MWST</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Voucher header</source>
        <translation>Belegkopf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection this voucher is posted to</source>
        <translation>Die Verbindung, an die dieser Beleg gebucht wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>12.12.2025, 2025-12-12, t = today, +/- one day; Up/Down: ± one day</source>
        <translation>12.12.2025, 2025-12-12, t = heute, +/- ein Tag; Pfeil auf/ab: ± ein Tag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or target</source>
        <translation>oder target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF per 1 unit of the voucher&apos;s currency, e.g. 0.94; or &quot;target&quot; to let Infinity convert at its own rate on the voucher date</source>
        <translation>CHF je 1 Einheit der Belegwährung, z. B. 0.94; oder &quot;target&quot;, damit Infinity zum eigenen Kurs am Belegdatum umrechnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gross (amounts include VAT)</source>
        <translation>Brutto (Beträge inkl. MWST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net (VAT is added)</source>
        <translation>Netto (MWST wird addiert)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Profile {profile} posts to {target} ({environment}).</source>
        <translation>Das Profil {profile} bucht an {target} ({environment}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The target accepts at most %n character(s).</source>
        <translation>
            <numerusform>Das Ziel akzeptiert höchstens %n Zeichen.</numerusform>
            <numerusform>Das Ziel akzeptiert höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../app/ui/messages.py" line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Belegart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT mode</source>
        <translation>MWST-Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../app/ui/issues_panel.py" line="+22"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Voucher · Balance</source>
        <translation>Beleg · Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line} · {field}</source>
        <translation>Zeile {line} · {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header · {field}</source>
        <translation>Kopf · {field}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location line="+15"/>
        <location line="+46"/>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Issues list</source>
        <translation>Problemliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on an issue goes to its cell.</source>
        <translation>Enter auf einem Problem springt zu seiner Zelle.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;{issues}&lt;/b&gt; — none</source>
        <translation>&lt;b&gt;{issues}&lt;/b&gt; — keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{issues}&lt;/b&gt; — {errors}, {warnings}. Click one (or select it and press Enter) to go to the cell.</source>
        <translation>&lt;b&gt;{issues}&lt;/b&gt; — {errors}, {warnings}. Eines anklicken (oder auswählen und Enter drücken), um zur Zelle zu springen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../app/ui/review/journal.py" line="+18"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: {company}</source>
        <translation>Firma: {company}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {start} – {end}</source>
        <translation>Periode: {start} – {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first voucher</source>
        <translation>erster Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last voucher</source>
        <translation>letzter Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed {when} by LedgerDesk</source>
        <translation>Gedruckt am {when} von LedgerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT code</source>
        <translation>MWST-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT {code}</source>
        <translation>MWST {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{description} (continued)</source>
        <translation>{description} (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{description} [booked differently at the target]</source>
        <translation>{description} [beim Ziel anders gebucht]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored voucher cannot be read; see the review.</source>
        <translation>Der gespeicherte Beleg kann nicht gelesen werden; siehe gesendete Belege.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No posted voucher matches the filter.</source>
        <translation>Kein gebuchter Beleg entspricht dem Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals {currency}</source>
        <translation>Total {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT per code and rate</source>
        <translation>MWST nach Code und Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../app/ui/keyboard_help.py" line="+47"/>
        <source>Moving</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Gesendete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next editable cell; past the last cell a new line opens</source>
        <translation>Nächste bearbeitbare Zelle; nach der letzten Zelle öffnet sich eine neue Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous editable cell</source>
        <translation>Vorherige bearbeitbare Zelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the cell keeping its text (typing over a cell replaces it)</source>
        <translation>Zelle bearbeiten und ihren Text behalten (Überschreiben ersetzt ihn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the suggestions; again: cancel the cell edit</source>
        <translation>Vorschläge schliessen; nochmals: Bearbeitung der Zelle abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an account or VAT cell: choose a suggestion (Enter/Tab takes it)</source>
        <translation>In einer Konto- oder MWST-Zelle: Vorschlag wählen (Enter/Tab übernimmt ihn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch between the header and the grid</source>
        <translation>Zwischen Belegkopf und Zeilen wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the issues list (Enter on an issue jumps to its cell)</source>
        <translation>Zur Problemliste wechseln (Enter auf einem Problem springt zu seiner Zelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance: put the remaining difference into this line</source>
        <translation>Ausgleichen: die verbleibende Differenz in diese Zeile buchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the cell from the line above</source>
        <translation>Zelle aus der Zeile darüber kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the line</source>
        <translation>Zeile duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a blank line above this one</source>
        <translation>Leere Zeile oberhalb einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the line (its VAT row goes with it)</source>
        <translation>Zeile löschen (ihre MWST-Zeile wird mitgelöscht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the cell</source>
        <translation>Zelle leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a date cell: today</source>
        <translation>In einer Datumszelle: heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a date cell: one day later / earlier (press again to keep moving)</source>
        <translation>In einer Datumszelle: einen Tag später / früher (nochmals drücken, um weiterzugehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the header date: one day later / earlier</source>
        <translation>Im Datum des Belegkopfs: einen Tag später / früher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo (every edit, line insert or delete, and a whole paste, one step each)</source>
        <translation>Rückgängig (jede Änderung, jedes Einfügen oder Löschen einer Zeile und jedes ganze Einfügen ist ein Schritt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste rows from a spreadsheet: a preview shows each row first</source>
        <translation>Zeilen aus einer Tabellenkalkulation einfügen: eine Vorschau zeigt zuerst jede Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit: shows exactly what will be sent, Enter sends</source>
        <translation>Senden: zeigt genau, was gesendet wird; Enter sendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New draft (in a new tab)</source>
        <translation>Neuer Entwurf (in einem neuen Register)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a voucher file as a new draft (or drop a .json on the window)</source>
        <translation>Eine Belegdatei als neuen Entwurf öffnen (oder eine .json-Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft as a voucher file</source>
        <translation>Den Entwurf als Belegdatei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a receipt or invoice to the draft (or drop the file on the window, or paste an image with Ctrl+V); in the list, Enter opens it, Del removes it</source>
        <translation>Eine Quittung oder Rechnung an den Entwurf anhängen (oder die Datei auf das Fenster ziehen oder ein Bild mit Strg+V einfügen); in der Liste öffnet Enter sie, Entf entfernt sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New draft from a template: type part of its name, Enter</source>
        <translation>Neuer Entwurf aus einer Vorlage: einen Teil ihres Namens tippen, Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft as a template (amounts and date may be left to type; a schedule makes it recurring)</source>
        <translation>Den Entwurf als Vorlage speichern (Beträge und Datum können zum Eintippen offen bleiben; ein Zeitplan macht sie wiederkehrend)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the draft tab (a draft with content is kept unless you discard it)</source>
        <translation>Entwurfsregister schliessen (ein Entwurf mit Inhalt bleibt, ausser Sie verwerfen ihn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a team database: take over the colleague&apos;s draft shown (asks first)</source>
        <translation>In einer Team-Datenbank: den angezeigten Entwurf eines Kollegen übernehmen (fragt zuerst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next / previous draft tab</source>
        <translation>Nächstes / vorheriges Entwurfsregister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review what was posted: every voucher sent from here, newest first</source>
        <translation>Gesendete Belege: alle von hier gesendeten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review only the vouchers that need your decision (uncertain)</source>
        <translation>Nur Belege, die Ihren Entscheid brauchen (unsicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: find by words of the number, description or lines</source>
        <translation>In den gesendeten Belegen: nach Wörtern aus Nummer, Beschreibung oder Zeilen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: back to the list</source>
        <translation>In den gesendeten Belegen: zurück zur Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: clear every filter</source>
        <translation>In den gesendeten Belegen: alle Filter leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: read Confirma&apos;s sync status now</source>
        <translation>In den gesendeten Belegen: Synchronisierungsstatus von Confirma jetzt lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: open a copy of the voucher as a new draft</source>
        <translation>In den gesendeten Belegen: eine Kopie des Belegs als neuen Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: create the reversing voucher as a new draft</source>
        <translation>In den gesendeten Belegen: den Stornobeleg als neuen Entwurf erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: decide an uncertain voucher (posted, or send again)</source>
        <translation>In den gesendeten Belegen: über einen unsicheren Beleg entscheiden (gebucht oder erneut senden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: cancel a queued or rejected voucher nothing was booked of (it can be corrected and sent again)</source>
        <translation>In der Übersicht: einen wartenden oder abgelehnten Beleg stornieren, von dem nichts gebucht wurde (er kann korrigiert und erneut gesendet werden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the review: export the filtered list and its lines as CSV</source>
        <translation>In den gesendeten Belegen: die gefilterte Liste mit ihren Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: the journal of the filtered posted vouchers, as PDF or CSV</source>
        <translation>In den gesendeten Belegen: das Journal der gefilterten gebuchten Belege, als PDF oder CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the review: print the voucher</source>
        <translation>In den gesendeten Belegen: den Beleg drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: save the voucher as a PDF</source>
        <translation>In den gesendeten Belegen: den Beleg als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: close it (the filter is kept)</source>
        <translation>In den gesendeten Belegen: schliessen (der Filter bleibt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings ▸ Profiles: connections, API keys, charts of accounts</source>
        <translation>Einstellungen ▸ Profile: Verbindungen, API-Schlüssel, Kontenpläne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit (drafts are saved as you type)</source>
        <translation>Beenden (Entwürfe werden beim Tippen gespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates: 12.12.2025, 12.12.25, 12.12. (this year), 2025-12-12, t (today), + / - (one day), +3 / -2 (days).</source>
        <translation>Daten: 12.12.2025, 12.12.25, 12.12. (dieses Jahr), 2025-12-12, t (heute), + / - (ein Tag), +3 / -2 (Tage).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts: the profile&apos;s format (1 234,56 or 1&apos;234.56) and simple sums: 100+25,50, 3*19,90, (10+5)/2. A negative debit is entered as a credit.</source>
        <translation>Beträge: das Format des Profils (1 234,56 oder 1&apos;234.56) und einfache Rechnungen: 100+25,50, 3*19,90, (10+5)/2. Ein negatives Soll wird als Haben erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account: a number, or any part of the name; an account not in the chart is flagged, never guessed.</source>
        <translation>Konto: eine Nummer oder ein beliebiger Teil des Namens; ein Konto ausserhalb des Kontenplans wird markiert, nie erraten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT code: the profile&apos;s codes; the account proposes one; the cell shows the rate on the booking date.</source>
        <translation>MWST-Code: die Codes des Profils; das Konto schlägt einen vor; die Zelle zeigt den Satz am Buchungsdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header fields: Alt+underlined letter (Alt+T date, Alt+N number, Alt+Y type, Alt+S description, Alt+M company, Alt+U currency, Alt+V VAT mode, Alt+P profile); Enter moves to the next field.</source>
        <translation>Felder des Belegkopfs: Alt+unterstrichener Buchstabe (Alt+T Datum, Alt+N Nummer, Alt+L Belegart, Alt+S Beschreibung, Alt+F Firma, Alt+W Währung, Alt+K Kurs, Alt+M MWST-Modus, Alt+P Profil); Enter geht zum nächsten Feld.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location line="+8"/>
        <source>LedgerDesk — Keyboard</source>
        <translation>LedgerDesk — Tastatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard keys of the voucher window</source>
        <translation>Tasten des Belegfensters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys and what they do</source>
        <translation>Tasten und was sie tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the cells accept</source>
        <translation>Was die Zellen annehmen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../app/ui/language_menu.py" line="+28"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow the system ({language})</source>
        <translation>&amp;Wie das System ({language})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The language could not be saved: {reason}</source>
        <translation>Die Sprache konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. From the next start LedgerDesk follows the system&apos;s language ({language}), and each profile&apos;s country sets how numbers and dates are typed.</source>
        <translation>Gespeichert. Ab dem nächsten Start folgt LedgerDesk der Sprache des Systems ({language}), und das Land jedes Profils bestimmt, wie Zahlen und Daten geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {language}, numbers and dates included, from the next start of LedgerDesk.</source>
        <translation>Gespeichert: {language}, auch für Zahlen und Daten, ab dem nächsten Start von LedgerDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: LedgerDesk starts in {language} next time (numbers and dates too). Restart it to change the language now.</source>
        <translation>Gespeichert: LedgerDesk startet nächstes Mal auf {language} (auch Zahlen und Daten). Starten Sie es neu, um die Sprache jetzt zu wechseln.</translation>
    </message>
</context>
<context>
    <name>LedgerDeskGui</name>
    <message>
        <location filename="../../app/ui/app.py" line="+133"/>
        <source>Welcome to LedgerDesk. This is the SANDBOX: a practice ledger on this computer, with the Finnish starter chart. Type a voucher and press Ctrl+Enter to post it; nothing reaches a real ledger. F1 lists the keys.</source>
        <translation>Willkommen bei LedgerDesk. Dies ist die SANDBOX: eine Übungsbuchhaltung auf diesem Computer mit dem finnischen Startkontenplan. Erfassen Sie einen Beleg und buchen Sie ihn mit Ctrl+Enter; nichts gelangt in eine echte Buchhaltung. F1 listet die Tasten auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup for {days} days. File ▸ Back up… makes one (ledgerdesk backup FILE from a terminal).</source>
        <translation>Seit {days} Tagen keine Sicherung. Datei ▸ Sichern… legt eine an (im Terminal: ledgerdesk backup DATEI).</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+46"/>
        <source>Sandbox starting…</source>
        <translation>Sandbox startet…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Sandbox running at {url} (started here: the other LedgerDesk&apos;s one stopped)</source>
        <translation>Sandbox läuft unter {url} (hier gestartet: die des anderen LedgerDesk wurde beendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox running at {url}</source>
        <translation>Sandbox läuft unter {url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sandbox already running at {url}</source>
        <translation>Sandbox läuft bereits unter {url}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line</source>
        <translation>&amp;Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settin&amp;gs</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open voucher file…</source>
        <translation>Belegdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save voucher file &amp;as…</source>
        <translation>Belegdatei speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attac&amp;h source document…</source>
        <translation>Originalbeleg &amp;anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close draft</source>
        <translation>Entwurf &amp;schliessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lleagues&apos; drafts…</source>
        <translation>&amp;Kollegen-Entwürfe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take o&amp;ver this draft…</source>
        <translation>Diesen Entwurf übe&amp;rnehmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit…</source>
        <translation>S&amp;enden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste rows…</source>
        <translation>Zeilen &amp;einfügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert line</source>
        <translation>Zeile &amp;einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete line</source>
        <translation>Zeile &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate line</source>
        <translation>Zeile &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Balance this line</source>
        <translation>Mit dieser Zeile &amp;ausgleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy cell from &amp;above</source>
        <translation>Zelle von &amp;oben kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header ↔ grid</source>
        <translation>&amp;Kopf ↔ Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issues list</source>
        <translation>&amp;Problemliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next draft</source>
        <translation>&amp;Nächster Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous draft</source>
        <translation>&amp;Vorheriger Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard…</source>
        <translation>&amp;Tastatur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About LedgerDesk</source>
        <translation>Ü&amp;ber LedgerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review what was posted…</source>
        <translation>&amp;Gesendete Belege…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers needing a &amp;decision…</source>
        <translation>Belege, die einen &amp;Entscheid brauchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team database…</source>
        <translation>&amp;Team-Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>Sic&amp;hern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnostics…</source>
        <translation>D&amp;iagnose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New draft from te&amp;mplate…</source>
        <translation>Neuer Entwurf aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as temp&amp;late…</source>
        <translation>Als Vor&amp;lage speichern…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Sandbox status</source>
        <translation>Status der Sandbox</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/message_templates.py" line="+13"/>
        <source>The voucher has no lines.</source>
        <translation>Der Beleg hat keine Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher date is missing.</source>
        <translation>Das Belegdatum fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is {length} characters; {target} accepts at most {limit}.</source>
        <translation>Die Beschreibung hat {length} Zeichen; {target} nimmt höchstens {limit} an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{currency}&apos; is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>&apos;{currency}&apos; ist kein Währungscode (drei Grossbuchstaben, z. B. EUR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code.</source>
        <translation>&apos;{currency}&apos; ist kein Währungscode nach ISO 4217.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma takes amounts in euros only; this voucher is in {currency}.</source>
        <translation>Confirma nimmt nur Beträge in Euro an; dieser Beleg ist in {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange rate must be greater than zero.</source>
        <translation>Der Wechselkurs muss grösser als null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} is this profile&apos;s accounting currency: leave the exchange rate empty.</source>
        <translation>{currency} ist die Buchhaltungswährung dieses Profils: lassen Sie den Wechselkurs leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company {label}: Confirma needs it to find the company.</source>
        <translation>Firma ohne {label}: Confirma braucht sie, um die Firma zu finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is neither a Finnish Y-tunnus (1234567-8) nor a Swiss UID (CHE-123.456.789).</source>
        <translation>&apos;{value}&apos; ist weder eine finnische Y-tunnus (1234567-8) noch eine Schweizer UID (CHE-123.456.789).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1234567-8 (seven digits, a dash, a check digit)</source>
        <translation>1234567-8 (sieben Ziffern, ein Bindestrich, eine Prüfziffer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHE-123.456.789 (CHE and nine digits, optionally followed by MWST, TVA or IVA)</source>
        <translation>CHE-123.456.789 (CHE und neun Ziffern, wahlweise gefolgt von MWST, TVA oder IVA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Y-tunnus: it should look like {example}.</source>
        <translation>&apos;{value}&apos; ist keine Y-tunnus: sie sieht so aus: {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; cannot be a Y-tunnus: no check digit fits its first seven digits.</source>
        <translation>&apos;{value}&apos; kann keine Y-tunnus sein: keine Prüfziffer passt zu den ersten sieben Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of &apos;{value}&apos; should be {expected}; the number may be mistyped.</source>
        <translation>Die Prüfziffer von &apos;{value}&apos; müsste {expected} sein; die Nummer ist vielleicht vertippt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Swiss UID: it should look like {example}.</source>
        <translation>&apos;{value}&apos; ist keine Schweizer UID: sie sieht so aus: {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of UID &apos;{value}&apos; does not fit its first eight digits; the number may be mistyped.</source>
        <translation>Die Prüfziffer der UID &apos;{value}&apos; passt nicht zu den ersten acht Ziffern; die Nummer ist vielleicht vertippt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma needs a voucher type (e.g. ML for a sales invoice voucher, MU for a memo voucher).</source>
        <translation>Confirma braucht eine Belegart (z. B. ML für einen Verkaufsrechnungsbeleg, MU für einen Memobeleg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is missing.</source>
        <translation>Das Konto fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{account}&apos; is not an account number (digits only).</source>
        <translation>&apos;{account}&apos; ist keine Kontonummer (nur Ziffern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity accounts are four digits, 1000 to 9999; &apos;{account}&apos; is not.</source>
        <translation>Infinity-Konten sind vierstellig, 1000 bis 9999; &apos;{account}&apos; ist es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is not in this profile&apos;s chart of accounts.</source>
        <translation>Das Konto {account} ist nicht im Kontenplan dieses Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{account}&apos; is written with digits other than 0-9; type the account number with the digits 0-9.</source>
        <translation>&apos;{account}&apos; ist mit anderen Ziffern als 0–9 geschrieben; tippen Sie die Kontonummer mit den Ziffern 0–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a VAT code of table {table}.</source>
        <translation>&apos;{code}&apos; ist kein MWST-Code der Tabelle {table}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT code {code}: {reason}</source>
        <translation>MWST-Code {code}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown VAT rate class &apos;{rate_class}&apos;.</source>
        <translation>Unbekannte MWST-Satzklasse &apos;{rate_class}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No VAT rate is defined for {day} (rates start {first}).</source>
        <translation>Für den {day} ist kein MWST-Satz festgelegt (die Sätze beginnen am {first}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; is not an Infinity tax code.</source>
        <translation>&apos;{code}&apos; ist kein Steuercode von Infinity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity has no code {prefix}… for rate class {rate_class}.</source>
        <translation>Infinity hat keinen Code {prefix}… für die Satzklasse {rate_class}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {start}</source>
        <translation>ab {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>vom {start} bis {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({percent} %) applies {span}.</source>
        <translation>{code} ({percent} %) gilt {span}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({percent} %) applies {span}; on {day} use {current}.</source>
        <translation>{code} ({percent} %) gilt {span}; am {day} gilt {current}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is {length} characters; Infinity accepts at most {limit}.</source>
        <translation>Der Text hat {length} Zeichen; Infinity nimmt höchstens {limit} an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter either a debit or a credit on a line, not both.</source>
        <translation>Geben Sie auf einer Zeile entweder Soll oder Haben ein, nicht beides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is missing: enter a debit or a credit.</source>
        <translation>Der Betrag fehlt: geben Sie Soll oder Haben ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{amount}&apos; is not an amount.</source>
        <translation>&apos;{amount}&apos; ist kein Betrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is zero.</source>
        <translation>Der Betrag ist null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative debit: enter {amount} as a credit instead.</source>
        <translation>Negatives Soll: geben Sie {amount} stattdessen im Haben ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative credit: enter {amount} as a debit instead.</source>
        <translation>Negatives Haben: geben Sie {amount} stattdessen im Soll ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} has more than two decimals.</source>
        <translation>{amount} hat mehr als zwei Dezimalstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} is larger than any amount LedgerDesk accepts ({largest}); check for a pasted number.</source>
        <translation>{amount} ist grösser als jeder Betrag, den LedgerDesk annimmt ({largest}); prüfen Sie, ob eine falsche Zahl eingefügt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit and credit differ by {difference} (debit {debit}, credit {credit}).</source>
        <translation>Soll und Haben weichen um {difference} ab (Soll {debit}, Haben {credit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity needs a description (1 to 128 characters) on every entry: type a voucher description or a line text.</source>
        <translation>Infinity braucht auf jeder Buchung eine Beschreibung (1 bis 128 Zeichen): tippen Sie eine Belegbeschreibung oder einen Zeilentext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Infinity entry description is one line of at most 128 characters.</source>
        <translation>Eine Buchungsbeschreibung in Infinity ist eine Zeile mit höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text holds {character}, a character no ledger shows: retype it without it (it may have come with a paste).</source>
        <translation>Der Text enthält {character}, ein Zeichen, das keine Buchhaltung zeigt: tippen Sie ihn ohne dieses Zeichen neu (es kam vielleicht mit dem Einfügen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is {ahead} days after today ({today}); vouchers are rarely dated more than {limit} days ahead. Check the year.</source>
        <translation>{day} liegt {ahead} Tage nach heute ({today}); Belege werden selten mehr als {limit} Tage im Voraus datiert. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is in fiscal year {year}, more than one fiscal year back (this is {this_year}); that year is usually closed. Check the year.</source>
        <translation>{day} liegt im Geschäftsjahr {year}, mehr als ein Geschäftsjahr zurück (jetzt ist {this_year}); dieses Jahr ist meist abgeschlossen. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line is booked on {day}, in fiscal year {year}; the voucher is dated {voucher_day}, in {voucher_year}. One of the two years is probably mistyped.</source>
        <translation>Diese Zeile wird am {day} gebucht, im Geschäftsjahr {year}; der Beleg ist auf den {voucher_day} datiert, im {voucher_year}. Eines der beiden Jahre ist wohl vertippt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is booked on {day}, in another month than the voucher date {voucher_day}: its VAT falls in that month&apos;s return.</source>
        <translation>Diese Zeile wird am {day} gebucht, in einem anderen Monat als das Belegdatum {voucher_day}: ihre MWST gehört in die Abrechnung jenes Monats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Either type an exchange rate or use Infinity&apos;s rate for {currency}, not both.</source>
        <translation>Tippen Sie entweder einen Wechselkurs oder nutzen Sie den Kurs von Infinity für {currency}, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher is in {currency}; the profile keeps its books in {home}. Type an exchange rate ({home} per 1 {currency}) as the voucher&apos;s rate (Rate in the window, &quot;exchange_rate&quot; in a file), or &quot;target&quot; there to use Infinity&apos;s own rate on the voucher date.</source>
        <translation>Der Beleg ist in {currency}; das Profil führt seine Bücher in {home}. Tippen Sie einen Wechselkurs ({home} pro 1 {currency}) als Kurs des Belegs (Kurs im Fenster, &quot;exchange_rate&quot; in einer Datei), oder dort &quot;target&quot;, um den Kurs von Infinity am Belegdatum zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infinity takes one debit and one credit account per entry and one tax code per entry; {amount} of this line has no line without a VAT code on the other side to pair with.</source>
        <translation>Infinity nimmt pro Buchung ein Soll- und ein Habenkonto und einen Steuercode; für {amount} dieser Zeile gibt es auf der Gegenseite keine Zeile ohne MWST-Code, mit der sie gepaart werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is sent to Infinity as {pieces} entries; Infinity computes VAT per entry, so its VAT may differ from the VAT shown here by a cent.</source>
        <translation>Diese Zeile geht als {pieces} Buchungen an Infinity; Infinity rechnet die MWST pro Buchung, sie kann also um einen Rappen von der hier gezeigten abweichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity&apos;s ledger entries have no voucher number: {number} is not sent and stays in LedgerDesk only.</source>
        <translation>Buchungen in Infinity haben keine Belegnummer: {number} wird nicht gesendet und bleibt nur in LedgerDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no voucher type: {type} is not sent.</source>
        <translation>Buchungen in Infinity haben keine Belegart: {type} wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma takes euros only and has no exchange rate: {rate} is not sent.</source>
        <translation>Confirma nimmt nur Euro und kennt keinen Wechselkurs: {rate} wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no project: project {project} is not sent.</source>
        <translation>Buchungen in Infinity haben kein Projekt: Projekt {project} wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no dimensions: {name} ({kind}) {value} is not sent.</source>
        <translation>Buchungen in Infinity haben keine Dimensionen: {name} ({kind}) {value} wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one text per entry: this line&apos;s text is not sent; its entry goes with &apos;{text}&apos;.</source>
        <translation>Infinity führt einen Text pro Buchung: der Text dieser Zeile wird nicht gesendet; ihre Buchung erhält &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one date per entry: this line&apos;s date {day} is not sent; its entry is dated {entry_day}.</source>
        <translation>Infinity führt ein Datum pro Buchung: das Datum {day} dieser Zeile wird nicht gesendet; ihre Buchung ist auf den {entry_day} datiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one date per entry: this line&apos;s date {day} is not sent; its entry is dated without a date.</source>
        <translation>Infinity führt ein Datum pro Buchung: das Datum {day} dieser Zeile wird nicht gesendet; ihre Buchung bleibt ohne Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity keeps one text per entry and takes the lines&apos; texts: the voucher description is not sent.</source>
        <translation>Infinity führt einen Text pro Buchung und nimmt die Zeilentexte: die Belegbeschreibung wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no identifier; LedgerDesk derived one from its content, so this file is never posted twice. Give it an &quot;identifier&quot; to post an identical voucher again.</source>
        <translation>Die Datei hat keine Kennung; LedgerDesk hat eine aus ihrem Inhalt abgeleitet, sodass sie nie zweimal gebucht wird. Geben Sie ihr einen &quot;identifier&quot;, um einen gleichen Beleg erneut zu buchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a valid date (YYYY-MM-DD).</source>
        <translation>{text} ist kein gültiges Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date in the calendar.</source>
        <translation>&apos;{text}&apos; ist kein Datum im Kalender.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date (e.g. 12.12.2025, 2025-12-12, t for today, +1).</source>
        <translation>&apos;{text}&apos; ist kein Datum (z. B. 12.12.2025, 2025-12-12, t für heute, +1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account}&apos;s default VAT code {code} is the {percent} % class. Since {since}, {products} are in the {new_percent} % class{codes}; on {day} {code} covers {covers}. Check this line and the account&apos;s default code.</source>
        <translation>Der Standard-MWST-Code {code} des Kontos {account} gehört zur {percent}-%-Klasse. Seit {since} gehören {products} zur {new_percent}-%-Klasse{codes}; am {day} umfasst {code}: {covers}. Prüfen Sie diese Zeile und den Standardcode des Kontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>less than before</source>
        <translation>weniger als zuvor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a VAT mode: gross or net.</source>
        <translation>&apos;{text}&apos; ist keine MWST-Art: brutto oder netto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No net amount closes the difference exactly at {rate}: {net} net makes {gross} with VAT, {off} off.</source>
        <translation>Kein Nettobetrag gleicht die Differenz zu {rate} genau aus: {net} netto ergibt {gross} mit MWST, {off} daneben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; ist kein Betrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has more than one decimal separator.</source>
        <translation>&apos;{text}&apos; hat mehr als ein Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; mixes separators after the decimals.</source>
        <translation>&apos;{text}&apos; mischt Trennzeichen nach den Dezimalstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is too long to be an amount.</source>
        <translation>Das ist zu lang für einen Betrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an amount (e.g. 1 234,56 or 100+25,50).</source>
        <translation>&apos;{text}&apos; ist kein Betrag (z. B. 1 234,56 oder 100+25,50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has misplaced thousands separators.</source>
        <translation>&apos;{text}&apos; hat falsch gesetzte Tausendertrennzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is ambiguous in a cell that reads {example}: type {thousands} for the thousands, or {decimals}.</source>
        <translation>&apos;{text}&apos; ist mehrdeutig in einer Zelle, die {example} liest: tippen Sie {thousands} für Tausender, oder {decimals}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not an amount or a sum (e.g. 100+25,50).</source>
        <translation>&apos;{text}&apos; ist kein Betrag und keine Summe (z. B. 100+25,50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; divides by zero.</source>
        <translation>&apos;{text}&apos; teilt durch null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos;: brackets already mean a negative amount; leave out the minus.</source>
        <translation>&apos;{text}&apos;: Klammern bedeuten schon einen negativen Betrag; lassen Sie das Minus weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like voucher {number}, posted on {day} with the same date, total and accounts. Check that it is not entered twice.</source>
        <translation>Das sieht aus wie Beleg {number}, gebucht am {day} mit demselben Datum, Betrag und denselben Konten. Prüfen Sie, dass er nicht doppelt erfasst ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This looks like submission {submission}, posted on {day} with the same date, total and accounts. Check that it is not entered twice.</source>
        <translation>Das sieht aus wie Sendung {submission}, gebucht am {day} mit demselben Datum, Betrag und denselben Konten. Prüfen Sie, dass sie nicht doppelt erfasst ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number {number} is already used by submission {submission} ({state}) of this profile; sending this voucher could book it twice. Give it another number, or pass --allow-number-reuse if it really is another voucher.</source>
        <translation>Die Nummer {number} ist schon von der Sendung {submission} ({state}) dieses Profils belegt; diesen Beleg zu senden könnte ihn doppelt buchen. Geben Sie ihm eine andere Nummer, oder verwenden Sie --allow-number-reuse, wenn es wirklich ein anderer Beleg ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voucher has errors; nothing was queued.</source>
        <translation>Der Beleg hat Fehler; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher number is in use; nothing was queued.</source>
        <translation>Die Belegnummer ist vergeben; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher is already in the outbox.</source>
        <translation>Der Beleg ist schon im Postausgang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued.</source>
        <translation>Eingereiht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries already booked in Infinity would change; nothing was queued.</source>
        <translation>Bereits in Infinity gebuchte Buchungen würden sich ändern; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued again.</source>
        <translation>Erneut eingereiht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued again; {count} entry already booked is not sent again.</source>
        <translation>Erneut eingereiht; {count} bereits gebuchte Buchung wird nicht nochmals gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued again; {count} entries already booked are not sent again.</source>
        <translation>Erneut eingereiht; {count} bereits gebuchte Buchungen werden nicht nochmals gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued as the correction of voucher {voucher} (submission {submission}), which Infinity partly refused; {count} entry it booked is not sent again.</source>
        <translation>Eingereiht als Korrektur des Belegs {voucher} (Sendung {submission}), den Infinity teilweise abgelehnt hat; {count} von ihm gebuchte Buchung wird nicht nochmals gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued as the correction of voucher {voucher} (submission {submission}), which Infinity partly refused; {count} entries it booked are not sent again.</source>
        <translation>Eingereiht als Korrektur des Belegs {voucher} (Sendung {submission}), den Infinity teilweise abgelehnt hat; {count} von ihm gebuchte Buchungen werden nicht nochmals gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every entry of this voucher was already booked.</source>
        <translation>Alle Buchungen dieses Belegs waren schon gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the outbox ({state}).</source>
        <translation>Schon im Postausgang ({state}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher was already posted (submission {submission}, {state}); it is not sent twice.</source>
        <translation>Dieser Beleg wurde schon gesendet (Sendung {submission}, {state}); er wird nicht zweimal gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {entry} is already booked in Infinity ({debit_account} / {credit_account}, {amount} {currency}, {day}) and the corrected voucher no longer contains it unchanged. Keep that entry as booked and correct only the refused one, or book a reversal of it.</source>
        <translation>Buchung {entry} ist schon in Infinity gebucht ({debit_account} / {credit_account}, {amount} {currency}, {day}), und der korrigierte Beleg enthält sie nicht mehr unverändert. Lassen Sie diese Buchung wie gebucht und korrigieren Sie nur die abgelehnte, oder buchen Sie eine Stornobuchung dazu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirma refused {path}: {said}</source>
        <translation>Confirma hat {path} abgelehnt: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma refused {path}.</source>
        <translation>Confirma hat {path} abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (on the VAT row derived from this line)</source>
        <translation>{reason} (auf der aus dieser Zeile abgeleiteten MWST-Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity refused {name}{code}: {said}</source>
        <translation>Infinity hat {name}{code} abgelehnt: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity refused {name}{code}.</source>
        <translation>Infinity hat {name}{code} abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debit account</source>
        <translation>das Sollkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit account</source>
        <translation>das Habenkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount</source>
        <translation>den Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>den Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency</source>
        <translation>die Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exchange rate</source>
        <translation>den Wechselkurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VAT code</source>
        <translation>den MWST-Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_templates.py" line="+11"/>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, {field}</source>
        <translation>Zeile {line}, {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header, {field}</source>
        <translation>Kopf, {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service accepted the request.</source>
        <translation>Der Dienst hat die Anfrage angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was refused: it is not valid for this service and environment. Check the key stored in the profile.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: er gilt nicht für diesen Dienst und diese Umgebung. Prüfen Sie den im Profil gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key has expired. Renew it, or ask the service for a new one.</source>
        <translation>Der API-Schlüssel ist abgelaufen. Erneuern Sie ihn, oder verlangen Sie beim Dienst einen neuen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was refused, and the service did not say why.</source>
        <translation>Der API-Schlüssel wurde abgelehnt, und der Dienst hat nicht gesagt, warum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused the voucher (HTTP {status}).</source>
        <translation>Der Dienst hat den Beleg abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused the voucher (HTTP {status}, code {code}).</source>
        <translation>Der Dienst hat den Beleg abgelehnt (HTTP {status}, Code {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It said: {said}</source>
        <translation>Antwort des Dienstes: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: {places}.</source>
        <translation>Prüfen Sie: {places}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields it named: {fields}.</source>
        <translation>Vom Dienst genannte Felder: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer: {excerpt}</source>
        <translation>Antwort des Dienstes: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service says too many requests were sent. The request was not processed; try again in {wait}.</source>
        <translation>Der Dienst meldet zu viele Anfragen. Die Anfrage wurde nicht verarbeitet; versuchen Sie es in {wait} erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service says too many requests were sent. The request was not processed; try again later.</source>
        <translation>Der Dienst meldet zu viele Anfragen. Die Anfrage wurde nicht verarbeitet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LedgerDesk held the request back to stay inside the service&apos;s hourly limit. The request was not processed; try again in {wait}.</source>
        <translation>LedgerDesk hat die Anfrage zurückgehalten, um im Stundenlimit des Dienstes zu bleiben. Die Anfrage wurde nicht verarbeitet; versuchen Sie es in {wait} erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LedgerDesk held the request back to stay inside the service&apos;s hourly limit. The request was not processed; try again later.</source>
        <translation>LedgerDesk hat die Anfrage zurückgehalten, um im Stundenlimit des Dienstes zu bleiben. Die Anfrage wurde nicht verarbeitet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service had a temporary problem: {reason}</source>
        <translation>Der Dienst hatte ein vorübergehendes Problem: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status} {phrase}, as a web page: {excerpt}</source>
        <translation>HTTP {status} {phrase}, als Webseite: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status} {phrase}, as an unreadable answer: {excerpt}</source>
        <translation>HTTP {status} {phrase}, als unlesbare Antwort: {excerpt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP {status} {phrase}.</source>
        <translation>HTTP {status} {phrase}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status} {phrase} ({said}).</source>
        <translation>HTTP {status} {phrase} ({said}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service gave an answer LedgerDesk cannot read (HTTP {status}).</source>
        <translation>Der Dienst gab eine Antwort, die LedgerDesk nicht lesen kann (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head} Its answer began: {excerpt}</source>
        <translation>{head} Die Antwort begann: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Nichts wurde gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not known whether the service received this: {reason}. {advice}</source>
        <translation>Es ist nicht bekannt, ob der Dienst dies erhalten hat: {reason}. {advice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in the service whether it arrived before sending it again.</source>
        <translation>Prüfen Sie im Dienst, ob er angekommen ist, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API key of profile &apos;{profile}&apos; could not be read: {reason}</source>
        <translation>der API-Schlüssel des Profils &apos;{profile}&apos; konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API key of profile &apos;{profile}&apos; is empty or contains spaces or characters that cannot be sent; enter it again.</source>
        <translation>der API-Schlüssel des Profils &apos;{profile}&apos; ist leer oder enthält Leerzeichen oder Zeichen, die nicht gesendet werden können; geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key to try contains characters that cannot be sent.</source>
        <translation>der zu prüfende Schlüssel enthält Zeichen, die nicht gesendet werden können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not accept a connection within {seconds} s</source>
        <translation>der Dienst hat innert {seconds} s keine Verbindung angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection became free in time</source>
        <translation>keine Verbindung wurde rechtzeitig frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s certificate could not be verified ({detail}); the connection was refused to protect the key</source>
        <translation>das Zertifikat des Dienstes konnte nicht geprüft werden ({detail}); die Verbindung wurde zum Schutz des Schlüssels abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not connect to the service ({detail})</source>
        <translation>keine Verbindung zum Dienst ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request could not be prepared ({detail})</source>
        <translation>die Anfrage konnte nicht vorbereitet werden ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer came within {seconds} s</source>
        <translation>innert {seconds} s kam keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending the request took too long and was abandoned part way</source>
        <translation>das Senden der Anfrage dauerte zu lange und wurde mittendrin abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed before a complete answer came ({detail})</source>
        <translation>die Verbindung wurde geschlossen, bevor eine vollständige Antwort kam ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection broke ({detail})</source>
        <translation>die Verbindung brach ab ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service&apos;s answer could not be decoded ({detail}).</source>
        <translation>Die Antwort des Dienstes konnte nicht dekodiert werden ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{service} redirected the request elsewhere (HTTP {status}); it was not followed. Check the profile&apos;s address</source>
        <translation>{service} hat die Anfrage umgeleitet (HTTP {status}); der Umleitung wurde nicht gefolgt. Prüfen Sie die Adresse des Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answers at this address (HTTP {status}). Check the profile&apos;s address</source>
        <translation>unter dieser Adresse antwortet nichts (HTTP {status}). Prüfen Sie die Adresse des Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} gave up waiting for the request (HTTP 408)</source>
        <translation>{service} hat das Warten auf die Anfrage aufgegeben (HTTP 408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher is too large for {service} to take in one request (HTTP 413 Payload Too Large). Split it into smaller vouchers.</source>
        <translation>Der Beleg ist zu gross, als dass {service} ihn in einer Anfrage annimmt (HTTP 413 Payload Too Large). Teilen Sie ihn in kleinere Belege auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} said: {said}</source>
        <translation>Antwort von {service}: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attempt was made</source>
        <translation>es wurde kein Versuch gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the voucher does not fit Confirma&apos;s format: {problems}</source>
        <translation>der Beleg passt nicht in das Format von Confirma: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry does not fit Infinity&apos;s format: {problems}</source>
        <translation>die Buchung passt nicht in das Format von Infinity: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on Linux install and unlock GNOME Keyring or KWallet (Secret Service) in your desktop session; on Windows and macOS the system keyring is built in</source>
        <translation>unter Linux installieren und entsperren Sie GNOME Keyring oder KWallet (Secret Service) in Ihrer Desktop-Sitzung; unter Windows und macOS ist der Schlüsselbund des Systems eingebaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No OS keyring is available: {hint}, then try again.</source>
        <translation>Kein Schlüsselbund des Betriebssystems ist verfügbar: {hint}, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The only keyring available ({backend}) keeps API keys unencrypted in a file, so LedgerDesk will not use it: {hint}. To accept unencrypted keys anyway, set {variable}=1.</source>
        <translation>Der einzige verfügbare Schlüsselbund ({backend}) speichert API-Schlüssel unverschlüsselt in einer Datei, daher verwendet LedgerDesk ihn nicht: {hint}. Um unverschlüsselte Schlüssel trotzdem zu erlauben, setzen Sie {variable}=1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OS keyring is locked (or the unlock prompt was dismissed): unlock it, for example by logging in to your desktop session or opening your keyring app, then try again.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist gesperrt (oder die Entsperrabfrage wurde geschlossen): entsperren Sie ihn, etwa durch Anmelden an der Desktop-Sitzung oder Öffnen der Schlüsselbund-App, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OS keyring refused LedgerDesk access to the API key: allow access when the keyring asks, or check its access settings, then try again.</source>
        <translation>Der Schlüsselbund des Betriebssystems hat LedgerDesk den Zugriff auf den API-Schlüssel verweigert: erlauben Sie den Zugriff, wenn der Schlüsselbund fragt, oder prüfen Sie seine Zugriffseinstellungen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} (Keyring said: {detail})</source>
        <translation>{text} (Meldung des Schlüsselbunds: {detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring did not answer within {seconds} s (it may have stopped, or be waiting for an unlock prompt that cannot be shown): restart it (log out of your desktop session and back in, or restart GNOME Keyring or KWallet), unlock it, then try again.</source>
        <translation>Der Schlüsselbund des Betriebssystems hat nicht innert {seconds} s geantwortet (er wurde vielleicht beendet oder wartet auf eine Entsperrabfrage, die nicht angezeigt werden kann): starten Sie ihn neu (von der Desktop-Sitzung ab- und wieder anmelden, oder GNOME Keyring bzw. KWallet neu starten), entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} Nothing was sent; vouchers already in the outbox stay queued. Send again once the keyring answers.</source>
        <translation>{problem} Es wurde nichts gesendet; Belege, die schon im Postausgang sind, bleiben in der Warteschlange. Senden Sie erneut, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key stored for profile {profile}: run `ledgerdesk profile set-key {profile}` (or `ledgerdesk profile add ...` for a new profile) or set it in Profiles.</source>
        <translation>Für das Profil {profile} ist kein API-Schlüssel gespeichert: führen Sie `ledgerdesk profile set-key {profile}` aus (oder `ledgerdesk profile add ...` für ein neues Profil) oder setzen Sie ihn unter Profile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity documents no way to renew a key: create a new token in Infinity and store it here.</source>
        <translation>Infinity dokumentiert keine Erneuerung von Schlüsseln: erstellen Sie in Infinity ein neues Token und speichern Sie es hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma issued a new key, but the keyring could not store it: {reason} The old key is still stored; renew again once the keyring works.</source>
        <translation>Confirma hat einen neuen Schlüssel ausgegeben, aber der Schlüsselbund konnte ihn nicht speichern: {reason} Der alte Schlüssel bleibt gespeichert; erneuern Sie wieder, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{said} It is stored in {keyring} in place of the old one.</source>
        <translation>{said} Er ist in {keyring} anstelle des alten gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the settings file {path}: {detail}.</source>
        <translation>Die Einstellungsdatei {path} ist nicht lesbar: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the settings file {path}: {detail}. It has not been replaced.</source>
        <translation>Die Einstellungsdatei {path} ist nicht lesbar: {detail}. Sie wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} holds values LedgerDesk cannot use ({detail}). It has been left as it is: correct it, or move it aside to start with no profiles.</source>
        <translation>Die Einstellungsdatei {path} enthält Werte, die LedgerDesk nicht verwenden kann ({detail}). Sie wurde so gelassen: korrigieren Sie sie, oder verschieben Sie sie, um ohne Profile zu beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} is damaged (not valid JSON: {detail} at line {line}). It has been left as it is: repair it, or move it aside to start with no profiles.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt (kein gültiges JSON: {detail} in Zeile {line}). Sie wurde so gelassen: reparieren Sie sie, oder verschieben Sie sie, um ohne Profile zu beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} is damaged ({detail}). It has been left as it is: repair it, or move it aside to start with no profiles.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({detail}). Sie wurde so gelassen: reparieren Sie sie, oder verschieben Sie sie, um ohne Profile zu beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} was written by a newer LedgerDesk (settings version {version}; this version reads up to {newest}). Update LedgerDesk. The file has been left as it is.</source>
        <translation>Die Einstellungsdatei {path} wurde von einem neueren LedgerDesk geschrieben (Einstellungsversion {version}; diese Version liest bis {newest}). Aktualisieren Sie LedgerDesk. Die Datei wurde so gelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirma did not list it after {attempts} attempts; check its status before sending it again.</source>
        <translation>Confirma hat ihn nach {attempts} Versuchen nicht aufgeführt; prüfen Sie seinen Status, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma queued the voucher; it is sent on to the accounting system shortly.</source>
        <translation>Confirma hat den Beleg eingereiht; er geht in Kürze an das Buchhaltungssystem weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued, not yet in the accounting system</source>
        <translation>eingereiht, noch nicht im Buchhaltungssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the accounting system</source>
        <translation>im Buchhaltungssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the accounting system since {since}</source>
        <translation>im Buchhaltungssystem seit {since}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed to reach the accounting system</source>
        <translation>hat das Buchhaltungssystem nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words}: {description}</source>
        <translation>{words}: {description}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma has the voucher ({status}).</source>
        <translation>Confirma hat den Beleg ({status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma answered OK in a form LedgerDesk cannot read.</source>
        <translation>Confirma hat OK geantwortet, in einer Form, die LedgerDesk nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma refused this key for this request (HTTP 403)</source>
        <translation>Confirma hat den Schlüssel für diese Anfrage abgelehnt (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma redirected the request (HTTP {status}); check the profile&apos;s address.</source>
        <translation>Confirma hat die Anfrage umgeleitet (HTTP {status}); prüfen Sie die Adresse des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key was refused although Confirma&apos;s validation accepts it</source>
        <translation>der Schlüssel wurde abgelehnt, obwohl die Prüfung von Confirma ihn annimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma lists no vouchers.</source>
        <translation>Confirma führt keine Belege auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma lists {count} vouchers.</source>
        <translation>Confirma führt {count} Belege auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s status list cannot be read.</source>
        <translation>Die Statusliste von Confirma ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s key validation answer cannot be read.</source>
        <translation>Die Antwort der Schlüsselprüfung von Confirma ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma accepts the key.</source>
        <translation>Confirma nimmt den Schlüssel an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s renewal answer cannot be read.</source>
        <translation>Die Erneuerungsantwort von Confirma ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma renewed the key.</source>
        <translation>Confirma hat den Schlüssel erneuert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{said}</source>
        <translation>Antwort von Confirma: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new key was found in Confirma&apos;s answer; the stored key stays in use.</source>
        <translation>In der Antwort von Confirma wurde kein neuer Schlüssel gefunden; der gespeicherte Schlüssel bleibt in Gebrauch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma&apos;s new key was not accepted by validation; the stored key stays in use. {reason}</source>
        <translation>Die Prüfung von Confirma hat den neuen Schlüssel nicht angenommen; der gespeicherte Schlüssel bleibt in Gebrauch. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma issued a new key and accepts it.</source>
        <translation>Confirma hat einen neuen Schlüssel ausgegeben und nimmt ihn an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s status list could not be read either ({reason}); check the voucher&apos;s status before sending it again.</source>
        <translation>Auch die Statusliste von Confirma war nicht lesbar ({reason}); prüfen Sie den Status des Belegs, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity cannot be asked whether an entry arrived; look at the unreviewed entries in Infinity before sending it again, or it may be booked twice.</source>
        <translation>Infinity kann nicht gefragt werden, ob eine Buchung angekommen ist; sehen Sie die ungeprüften Buchungen in Infinity durch, bevor Sie sie erneut senden, sonst wird sie vielleicht doppelt gebucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity accepts the key (it answered a request to read contacts).</source>
        <translation>Infinity nimmt den Schlüssel an (es hat eine Anfrage zum Lesen der Kontakte beantwortet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity refused this key for reading contacts (HTTP 403)</source>
        <translation>Infinity hat den Schlüssel für das Lesen der Kontakte abgelehnt (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity refused this key for this request (HTTP 403)</source>
        <translation>Infinity hat den Schlüssel für diese Anfrage abgelehnt (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity answered HTTP {status} at this address; check the profile&apos;s address.</source>
        <translation>Infinity hat unter dieser Adresse mit HTTP {status} geantwortet; prüfen Sie die Adresse des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity answered OK (HTTP {status}) in a form LedgerDesk cannot read; the entry was probably booked. {advice}</source>
        <translation>Infinity hat OK geantwortet (HTTP {status}), in einer Form, die LedgerDesk nicht lesen kann; die Buchung wurde wohl gebucht. {advice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry may or may not be booked. {advice}</source>
        <translation>Die Buchung ist vielleicht gebucht, vielleicht nicht. {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry {entry} of {total} booked.</source>
        <translation>Buchung {entry} von {total} gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission {submission} belongs to profile {owner} ({target}); it is not sent with profile {profile}.</source>
        <translation>Die Sendung {submission} gehört zum Profil {owner} ({target}); sie wird nicht mit dem Profil {profile} gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is {state}.</source>
        <translation>Status: {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{booked} Booked differently from the preview: {differences}.</source>
        <translation>{booked} Anders gebucht als in der Vorschau: {differences}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Infinity booked the entry: {count} transaction(s), net {net}{currency}, VAT {vat}{currency}.</source>
        <translation>Infinity hat die Buchung gebucht: {count} Transaktion(en), netto {net}{currency}, MWST {vat}{currency}.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Infinity booked all {entries} entries: {count} transaction(s), net {net}{currency}, VAT {vat}{currency}.</source>
        <translation>Infinity hat alle {entries} Buchungen gebucht: {count} Transaktion(en), netto {net}{currency}, MWST {vat}{currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {entry} of this voucher is already booked in Infinity; correct the refused entry and send again, and only the entries not yet booked are sent.</source>
        <translation>Buchung {entry} dieses Belegs ist schon in Infinity gebucht; korrigieren Sie die abgelehnte Buchung und senden Sie erneut, dann werden nur die noch nicht gebuchten gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries {entries} of this voucher are already booked in Infinity; correct the refused entry and send again, and only the entries not yet booked are sent.</source>
        <translation>Die Buchungen {entries} dieses Belegs sind schon in Infinity gebucht; korrigieren Sie die abgelehnte Buchung und senden Sie erneut, dann werden nur die noch nicht gebuchten gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity booked the entry: {count} transaction(s), net {net}{currency}.</source>
        <translation>Infinity hat die Buchung gebucht: {count} Transaktion(en), netto {net}{currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LedgerDesk stopped while sending this voucher; its outcome is not known yet.</source>
        <translation>LedgerDesk wurde beim Senden dieses Belegs beendet; das Ergebnis ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop lost the team database for longer than its claim on the voucher, and another desktop has settled it meanwhile: it is {state} now. The answer that came here ({answer}) is kept in the audit log.</source>
        <translation>Dieser Arbeitsplatz hat die Team-Datenbank länger verloren, als seine Reservierung des Belegs galt, und ein anderer Arbeitsplatz hat ihn inzwischen abgeschlossen: Er ist jetzt {state}. Die hier eingegangene Antwort ({answer}) bleibt im Prüfprotokoll erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked as posted by the bookkeeper.</source>
        <translation>Von der Buchhalterin oder dem Buchhalter als gebucht markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the bookkeeper; nothing of it was booked.</source>
        <translation>Von der Buchhalterin oder dem Buchhalter zurückgezogen; nichts davon wurde gebucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_templates.py" line="+9"/>
        <source>{file} was not attached: there is no such file.</source>
        <translation>{file} wurde nicht angehängt: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it cannot be read ({reason}).</source>
        <translation>{file} wurde nicht angehängt: Sie kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it is a folder; attach the files in it one by one.</source>
        <translation>{file} wurde nicht angehängt: Es ist ein Ordner; hängen Sie die Dateien darin einzeln an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not attached: it is not a regular file (a pipe, device or socket).</source>
        <translation>{file} wurde nicht angehängt: Es ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not attached: it is empty (0 bytes).</source>
        <translation>{file} wurde nicht angehängt: Sie ist leer (0 Byte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it is {size} MB; a source document may be at most {limit} MB. Scan it at a lower resolution or split it.</source>
        <translation>{file} wurde nicht angehängt: Sie ist {size} MB gross; ein Originalbeleg darf höchstens {limit} MB gross sein. Scannen Sie ihn mit geringerer Auflösung oder teilen Sie ihn auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached {file} to the voucher. Source documents stay with the firm: they are not sent to {target}.</source>
        <translation>{file} wurde an den Beleg angehängt. Originalbelege bleiben im Büro: Sie werden nicht an {target} gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached {file} to the voucher; the same document is already kept for another voucher and is stored once. Source documents stay with the firm: they are not sent to {target}.</source>
        <translation>{file} wurde an den Beleg angehängt; dasselbe Dokument ist schon bei einem anderen Beleg abgelegt und wird nur einmal gespeichert. Originalbelege bleiben im Büro: Sie werden nicht an {target} gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is already attached to this voucher.</source>
        <translation>{file} ist diesem Beleg bereits angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {file} from the voucher.</source>
        <translation>{file} wurde vom Beleg entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} stays with the voucher: it has been submitted, and its source documents stay with what was posted.</source>
        <translation>{file} bleibt beim Beleg: Er wurde gesendet, und seine Originalbelege bleiben beim Gebuchten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source document {file} is no longer stored.</source>
        <translation>Der Originalbeleg {file} ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be opened: {reason}</source>
        <translation>{file} konnte nicht geöffnet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <location filename="../../app/ui/outcome_bar.py" line="+22"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome message</source>
        <translation>Ergebnismeldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Meldung schliessen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../app/ui/paste_dialog.py" line="+25"/>
        <source>Amount (signed)</source>
        <translation>Betrag (mit Vorzeichen)</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+2"/>
        <source>Paste rows — preview</source>
        <translation>Zeilen einfügen — Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns were recognised from the header row.</source>
        <translation>Die Spalten wurden an der Kopfzeile erkannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header row: columns are read in the grid&apos;s order.</source>
        <translation>Keine Kopfzeile: Die Spalten werden in der Reihenfolge der Tabelle gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) read from the clipboard.</source>
        <translation>
            <numerusform>%n Zeile aus der Zwischenablage gelesen.</numerusform>
            <numerusform>%n Zeilen aus der Zwischenablage gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix a red cell here (F2 or type over it), or insert as is: the problems stay flagged in the grid.</source>
        <translation>Korrigieren Sie eine rote Zelle hier (F2 oder überschreiben) oder fügen Sie unverändert ein: die Probleme bleiben in der Tabelle markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted columns:</source>
        <translation>Eingefügte Spalten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field of pasted column {number}</source>
        <translation>Feld der eingefügten Spalte {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}: not used</source>
        <translation>{number}: nicht verwendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pasted rows</source>
        <translation>Eingefügte Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}, {bad} with problems.</source>
        <translation>{rows}, davon {bad} mit Problemen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}, no problems.</source>
        <translation>{rows}, keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Insert %n line(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{insert} ({flagged} flagged)</source>
        <translation>{insert} ({flagged} markiert)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clipboard holds no rows to paste.</source>
        <translation>Die Zwischenablage enthält keine Zeilen zum Einfügen.</translation>
    </message>
</context>
<context>
    <name>PastePreviewModel</name>
    <message>
        <location line="-145"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../app/ui/profiles/form.py" line="+46"/>
        <source>sandbox (practice)</source>
        <translation>Sandbox (Übung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staging (the vendor&apos;s test system)</source>
        <translation>Staging (Testsystem des Anbieters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production (real entries)</source>
        <translation>Produktion (echte Buchungen)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Finnish business ID, e.g. 0737546-2</source>
        <translation>Finnische Unternehmens-ID, z. B. 0737546-2</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>x-api-token: &lt;key&gt; (current documentation)</source>
        <translation>x-api-token: &lt;Schlüssel&gt; (aktuelle Dokumentation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer &lt;key&gt; (older beta page)</source>
        <translation>Authorization: Bearer &lt;Schlüssel&gt; (ältere Beta-Seite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send explicit &amp;VAT rows (as Confirma&apos;s documented example does)</source>
        <translation>Eigene &amp;MWST-Zeilen senden (wie im dokumentierten Beispiel von Confirma)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paste the API key: it goes straight to the OS keyring</source>
        <translation>API-Schlüssel einfügen: er geht direkt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VAT codes</source>
        <translation>MWST-Codes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment</source>
        <translation>Um&amp;gebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fiscal year starts in</source>
        <translation>Geschäftsjahr &amp;beginnt im</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chart of accounts: none imported; accounts are not checked. Import the company&apos;s chart, or start with the bundled one.</source>
        <translation>Kontenplan: keiner importiert; Konten werden nicht geprüft. Importieren Sie den Kontenplan der Firma oder beginnen Sie mit dem mitgelieferten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Compan&amp;y (UID)</source>
        <translation>&amp;Firma (UID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss UID, e.g. CHE-116.281.710</source>
        <translation>Schweizer UID, z. B. CHE-116.281.710</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compan&amp;y (Y-tunnus)</source>
        <translation>&amp;Firma (Y-tunnus)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Auth header</source>
        <translation>Authentifizierungs-&amp;Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key</source>
        <translation>A&amp;PI-Schlüssel</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Chart of accounts: import one after saving (accounts are not checked without a chart).</source>
        <translation>Kontenplan: nach dem Speichern importieren (ohne Kontenplan werden Konten nicht geprüft).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Chart of accounts: %n account(s) imported.</source>
        <translation>
            <numerusform>Kontenplan: %n Konto importiert.</numerusform>
            <numerusform>Kontenplan: %n Konten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VAT codes — this profile&apos;s table (read-only)</source>
        <translation>MWST-Codes — die Tabelle dieses Profils (nur lesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT codes — the bundled default for {target} (read-only)</source>
        <translation>MWST-Codes — die mitgelieferte Standardtabelle für {target} (nur lesen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{target} documents no {environment} server: type its address</source>
        <translation>{target} dokumentiert keinen {environment}-Server: Adresse eingeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Warning: {problem}</source>
        <translation>Warnung: {problem}</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../app/ui/profiles/dialog.py" line="+45"/>
        <source>LedgerDesk — Profiles</source>
        <translation>LedgerDesk — Profile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New &amp;profile</source>
        <translation>Neues P&amp;rofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w key…</source>
        <translation>S&amp;chlüssel erneuern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import c&amp;hart…</source>
        <translation>Kontenplan &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;bundled chart</source>
        <translation>Mitgelieferten K&amp;ontenplan verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;le</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Key: checking the keyring…</source>
        <translation>Schlüssel: Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key: stored in {keyring}</source>
        <translation>Schlüssel: gespeichert in {keyring}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: none needed — LedgerDesk&apos;s sandbox on this computer takes its public key; a key stored here would be used instead.</source>
        <translation>Schlüssel: keiner nötig — die LedgerDesk-Sandbox auf diesem Computer nimmt ihren öffentlichen Schlüssel; ein hier gespeicherter Schlüssel würde stattdessen verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: NOT stored — paste it above and save.</source>
        <translation>Schlüssel: NICHT gespeichert — oben einfügen und speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: no key on this computer — add yours: paste it above and save.</source>
        <translation>Schlüssel: kein Schlüssel auf diesem Computer — fügen Sie Ihren eigenen hinzu: oben einfügen und speichern.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A profile called &apos;{name}&apos; already exists.</source>
        <translation>Ein Profil namens &apos;{name}&apos; gibt es schon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the profile&apos;s API key first: it is stored in the OS keyring, never in a file.</source>
        <translation>Zuerst den API-Schlüssel des Profils einfügen: er wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its API key is stored in {backend}.</source>
        <translation>Sein API-Schlüssel ist in {backend} gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key was not kept anywhere: paste it again.</source>
        <translation>Der Schlüssel wurde nirgends behalten: bitte erneut einfügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drafts are open on {name}: send or close them, or move them to another profile (Alt+P in the draft), then remove it.</source>
        <translation>Auf {name} sind Entwürfe offen: senden oder schliessen Sie sie oder verschieben Sie sie in ein anderes Profil (Alt+P im Entwurf), dann entfernen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove {name} for the whole office, and delete your API key of it from this computer&apos;s keyring? Colleagues&apos; keys stay in their keyrings; vouchers already sent stay in the review list.</source>
        <translation>{name} für das ganze Büro entfernen und Ihren API-Schlüssel dafür aus dem Schlüsselbund dieses Computers löschen? Die Schlüssel der Kolleginnen und Kollegen bleiben in deren Schlüsselbund; bereits gesendete Belege bleiben in der Prüfliste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove {name} and delete its API key from the keyring? Vouchers already sent stay in the review list.</source>
        <translation>{name} entfernen und seinen API-Schlüssel aus dem Schlüsselbund löschen? Bereits gesendete Belege bleiben in der Liste der gesendeten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not removed: {problem}</source>
        <translation>Nicht entfernt: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name} and its API key.</source>
        <translation>{name} und sein API-Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking {target} whether it accepts the stored key…</source>
        <translation>{target} wird gefragt, ob es den gespeicherten Schlüssel annimmt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renew key</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Confirma for a new API key for {name}? The new key is stored only after Confirma accepts it; otherwise the current key stays.</source>
        <translation>Bei Confirma einen neuen API-Schlüssel für {name} anfordern? Der neue Schlüssel wird erst gespeichert, wenn Confirma ihn annimmt; sonst bleibt der aktuelle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Confirma for a new key…</source>
        <translation>Neuer Schlüssel wird bei Confirma angefordert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of accounts for {name}</source>
        <translation>Kontenplan für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tabellen-Exporte (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} cannot be read: {problem}</source>
        <translation>{file} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+14"/>
        <source>The chart was not imported: {problem}</source>
        <translation>Der Kontenplan wurde nicht importiert: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n account(s) into {name}&apos;s chart.</source>
        <translation>
            <numerusform>%n Konto in den Kontenplan von {name} importiert.</numerusform>
            <numerusform>%n Konten in den Kontenplan von {name} importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringNote</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="+397"/>
        <source>Recurring vouchers could not be made into drafts; the log has the details (Help ▸ Diagnostics).</source>
        <translation>Wiederkehrende Belege konnten nicht als Entwürfe angelegt werden; das Protokoll enthält die Einzelheiten (Hilfe ▸ Diagnose).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n recurring voucher(s) are due: they are open as drafts, not sent.</source>
        <translation>
            <numerusform>%n wiederkehrender Beleg ist fällig: er ist als Entwurf geöffnet, nicht gesendet.</numerusform>
            <numerusform>%n wiederkehrende Belege sind fällig: sie sind als Entwürfe geöffnet, nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template could not be read: {reason}</source>
        <translation>Eine Vorlage konnte nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../app/ui/review/resolve_dialog.py" line="+32"/>
        <source>Decide: voucher {number}</source>
        <translation>Entscheiden: Beleg {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity has no way to list what it booked, so LedgerDesk cannot check. Look in Infinity for entries of {date} with the description below: if they are there, choose “It was posted”; if not, “Send it again”.</source>
        <translation>Infinity kann nicht auflisten, was es gebucht hat; LedgerDesk kann es also nicht prüfen. Suchen Sie in Infinity nach Buchungen vom {date} mit der Beschreibung unten: sind sie da, wählen Sie «Wurde gebucht»; sonst «Erneut senden».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirma&apos;s status list did not settle it. Look in the accounting system: if the voucher is there, choose “It was posted”; if not, “Send it again” (same identifier).</source>
        <translation>Die Statusliste von Confirma hat es nicht geklärt. Schauen Sie im Buchhaltungssystem nach: ist der Beleg da, wählen Sie «Wurde gebucht»; sonst «Erneut senden» (gleiche Kennung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Voucher {number}&lt;/b&gt; · {date} · {description}&lt;br&gt;It was being sent to {target} ({profile}) and no clear answer came back: {detail}</source>
        <translation>&lt;b&gt;Beleg {number}&lt;/b&gt; · {date} · {description}&lt;br&gt;Er wurde an {target} ({profile}) gesendet, und es kam keine klare Antwort: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— The requests and where each stands —</source>
        <translation>— Die Anfragen und ihr Stand —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It &amp;was posted</source>
        <translation>Wurde &amp;gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the audit log holds (exact bodies):</source>
        <translation>Was das Prüfprotokoll enthält (genaue Inhalte):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark voucher {number} as posted?

LedgerDesk will record your decision in the audit log and will never send it again.</source>
        <translation>Beleg {number} als gebucht markieren?

LedgerDesk hält Ihren Entscheid im Prüfprotokoll fest und sendet ihn nie wieder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send voucher {number} again?

If it did reach the target, it will be booked twice: send again only if you checked that it is not there.</source>
        <translation>Beleg {number} erneut senden?

Ist er doch angekommen, wird er doppelt gebucht: nur erneut senden, wenn Sie geprüft haben, dass er nicht da ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm your decision</source>
        <translation>Entscheid bestätigen</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../app/ui/review/actions.py" line="+80"/>
        <source>&amp;Voucher</source>
        <translation>Bele&amp;g</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;copy as a new draft</source>
        <translation>&amp;Kopie als neuen Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the &amp;reversing voucher as a new draft</source>
        <translation>&amp;Stornobeleg als neuen Entwurf erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide: posted or send again…</source>
        <translation>&amp;Entscheiden: gebucht oder erneut senden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List</source>
        <translation>L&amp;iste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh sync status</source>
        <translation>Synchronisierungsstatus &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export the list as CSV…</source>
        <translation>Liste als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;list</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save as PD&amp;F…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ca&amp;ncel the submission (nothing booked)…</source>
        <translation>Sendung stor&amp;nieren (nichts gebucht)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Journal of the posted vouchers (PDF or CSV)…</source>
        <translation>&amp;Journal der gebuchten Belege (PDF oder CSV)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear &amp;filters</source>
        <translation>&amp;Filter leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the review</source>
        <translation>Gesendete Belege s&amp;chliessen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a voucher in the list first.</source>
        <translation>Wählen Sie zuerst einen Beleg in der Liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of voucher {number} is open as a new draft, dated today.</source>
        <translation>Eine Kopie von Beleg {number} ist als neuer Entwurf offen, mit heutigem Datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reversal of voucher {number} is open as a new draft: check its date (a closed period needs today&apos;s) and send it with Ctrl+Enter.</source>
        <translation>Der Stornobeleg zu Beleg {number} ist als neuer Entwurf offen: prüfen Sie das Datum (eine abgeschlossene Periode braucht das heutige) und senden Sie ihn mit Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voucher cannot be read: {error}</source>
        <translation>Der Beleg kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only an uncertain voucher waits for a decision; this one is {state}.</source>
        <translation>Nur ein unsicherer Beleg wartet auf einen Entscheid; dieser ist {state}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording your decision on voucher {number}…</source>
        <translation>Ihr Entscheid zu Beleg {number} wird festgehalten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voucher {number} is now {state}: {message}</source>
        <translation>Beleg {number} ist jetzt {state}: {message}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a queued or rejected voucher can be cancelled; this one is {state}.</source>
        <translation>Nur ein wartender oder abgelehnter Beleg kann storniert werden; dieser ist {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voucher {number} cannot be cancelled: the target already booked part of it, or may have (see its requests and what was booked).</source>
        <translation>Beleg {number} kann nicht storniert werden: Das Ziel hat bereits einen Teil davon gebucht oder könnte es haben (siehe seine Anfragen und Buchungen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the submission</source>
        <translation>Sendung stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel voucher {number}? Nothing of it was booked at the target; it will not be sent. You can correct it and send it again later.</source>
        <translation>Beleg {number} stornieren? Beim Ziel wurde nichts davon gebucht; er wird nicht gesendet. Sie können ihn korrigieren und später erneut senden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing was booked.</source>
        <translation>es wurde nichts gebucht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the review list</source>
        <translation>Liste der gesendeten Belege exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Exporting to {path}…</source>
        <translation>Export nach {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n line(s) to {path}.</source>
        <translation>
            <numerusform>%n Zeile nach {path} exportiert.</numerusform>
            <numerusform>%n Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the journal</source>
        <translation>Journal speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the journal to {path}…</source>
        <translation>Das Journal wird nach {path} geschrieben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal could not be written: {error}</source>
        <translation>Das Journal konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal of {vouchers} posted voucher(s): {rows} row(s) written to {path}.</source>
        <translation>Journal von {vouchers} gebuchten Belegen: {rows} Zeilen nach {path} geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal of {vouchers} posted voucher(s): {pages} page(s) written to {path}.</source>
        <translation>Journal von {vouchers} gebuchten Belegen: {pages} Seiten nach {path} geschrieben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the voucher as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing was written (is the folder writable?)</source>
        <translation>nichts wurde geschrieben (ist der Ordner beschreibbar?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF could not be written: {error}</source>
        <translation>Das PDF konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}.</source>
        <translation>Gespeichert: {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync status is being read; it will be read again right after.</source>
        <translation>Der Synchronisierungsstatus wird gerade gelesen; er wird gleich danach noch einmal gelesen.</translation>
    </message>
</context>
<context>
    <name>ReviewCenter</name>
    <message numerus="yes">
        <location filename="../../app/ui/review/center.py" line="+93"/>
        <source>%n voucher(s) were being sent when LedgerDesk last stopped. Confirma&apos;s are checked and settled by themselves; Infinity&apos;s wait for your decision (Ctrl+Shift+U).</source>
        <translation>
            <numerusform>%n Beleg wurde gerade gesendet, als LedgerDesk zuletzt stoppte. Die von Confirma werden von selbst geprüft und geklärt; die von Infinity warten auf Ihren Entscheid (Ctrl+Shift+U).</numerusform>
            <numerusform>%n Belege wurden gerade gesendet, als LedgerDesk zuletzt stoppte. Die von Confirma werden von selbst geprüft und geklärt; die von Infinity warten auf Ihren Entscheid (Ctrl+Shift+U).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEvidence</name>
    <message>
        <location filename="../../app/ui/review/evidence.py" line="+55"/>
        <source>  Sent:</source>
        <translation>  Gesendet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Received:</source>
        <translation>  Empfangen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log holds nothing for this voucher.</source>
        <translation>Das Prüfprotokoll enthält nichts zu diesem Beleg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request {seq}: {state}</source>
        <translation>Anfrage {seq}: {state}</translation>
    </message>
</context>
<context>
    <name>ReviewStates</name>
    <message>
        <location filename="../../app/ui/review/states.py" line="+39"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending at target</source>
        <translation>wartet beim Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed at target</source>
        <translation>beim Ziel gescheitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked differently</source>
        <translation>anders gebucht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting in the outbox; nothing has been booked.</source>
        <translation>Wartet im Postausgang; nichts wurde gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent right now.</source>
        <translation>Wird gerade gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target took it.</source>
        <translation>Das Ziel hat ihn angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma has it queued for the accounting system.</source>
        <translation>Confirma hat ihn für das Buchhaltungssystem eingereiht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked in the accounting system.</source>
        <translation>Im Buchhaltungssystem gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accounting system refused it; see the description.</source>
        <translation>Das Buchhaltungssystem hat ihn abgelehnt; siehe die Beschreibung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target refused it; nothing was booked.</source>
        <translation>Das Ziel hat ihn abgelehnt; nichts wurde gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may or may not have arrived: your decision is needed (Ctrl+Shift+D).</source>
        <translation>Er ist vielleicht angekommen, vielleicht nicht: Ihr Entscheid ist nötig (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by the bookkeeper; nothing was booked. It can be corrected and sent again.</source>
        <translation>Vom Buchhalter storniert; nichts wurde gebucht. Er kann korrigiert und erneut gesendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target booked it, but not as the preview showed (other amounts or currency): compare them in the detail.</source>
        <translation>Das Ziel hat ihn gebucht, aber nicht wie in der Vorschau (andere Beträge oder Währung): vergleichen Sie sie in den Details.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../app/ui/review/model.py" line="+52"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile · target</source>
        <translation>Profil · Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote ids</source>
        <translation>IDs beim Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Production: these entries are real.</source>
        <translation>Produktion: diese Buchungen sind echt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> · PRODUCTION</source>
        <translation> · PRODUKTION</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../app/ui/review/window.py" line="+63"/>
        <source>LedgerDesk — Review what was posted</source>
        <translation>LedgerDesk — Gesendete Belege</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vouchers posted</source>
        <translation>Gesendete Belege</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading Confirma&apos;s sync status…</source>
        <translation>Synchronisierungsstatus von Confirma wird gelesen…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The filter could not be remembered: {error}</source>
        <translation>Der Filter konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than {count} vouchers</source>
        <translation>Mehr als {count} Belege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · first {loaded} loaded (scroll for more)</source>
        <translation> · die ersten {loaded} geladen (für mehr scrollen)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sync status read at {time}</source>
        <translation>Synchronisierungsstatus gelesen um {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voucher {number} failed at the target: {description}</source>
        <translation>Beleg {number} ist beim Ziel gescheitert: {description}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync status could not be read: {problems}</source>
        <translation>Der Synchronisierungsstatus konnte nicht gelesen werden: {problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n voucher(s) changed state.</source>
        <translation>
            <numerusform>%n Beleg hat den Status gewechselt.</numerusform>
            <numerusform>%n Belege haben den Status gewechselt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="-164"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amounts are typed for each voucher</source>
        <translation>&amp;Beträge werden je Beleg eingegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te is typed for each voucher</source>
        <translation>&amp;Datum wird je Beleg eingegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recurring</source>
        <translation>Nicht wiederkehrend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>31: the month&apos;s last day</source>
        <translation>31: der letzte Tag des Monats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recurring:</source>
        <translation>&amp;Wiederkehrend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y of the month:</source>
        <translation>&amp;Tag im Monat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due on or after:</source>
        <translation>&amp;Erste Fälligkeit frühestens:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A template of this name exists: saving replaces it.</source>
        <translation>Eine Vorlage dieses Namens besteht: Speichern ersetzt sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each time it falls due, LedgerDesk opens it as a draft when it starts; nothing is sent until you send it.</source>
        <translation>Jedes Mal, wenn sie fällig wird, öffnet LedgerDesk sie beim Start als Entwurf; nichts wird gesendet, bevor Sie es senden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the first due date as in a date cell, e.g. {example}.</source>
        <translation>Die erste Fälligkeit wie in einer Datumszelle eingeben, z. B. {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../app/ui/submit_dialog.py" line="+33"/>
        <location filename="../../app/ui/submit_lines.py" line="+19"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/submit_lines.py" line="+1"/>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/submit_lines.py" line="+1"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net (predicted)</source>
        <translation>Netto (erwartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT (predicted)</source>
        <translation>MWST (erwartet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked in</source>
        <translation>Gebucht in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Submit voucher {number} to {target}</source>
        <translation>Beleg {number} an {target} senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no number)</source>
        <translation>(ohne Nummer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &lt;b&gt;{profile}&lt;/b&gt; → {target} at &lt;code&gt;{url}&lt;/code&gt;. This is exactly what will be sent:</source>
        <translation>Profil &lt;b&gt;{profile}&lt;/b&gt; → {target} unter &lt;code&gt;{url}&lt;/code&gt;. Genau das wird gesendet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings (they do not stop sending):</source>
        <translation>Warnungen (sie verhindern das Senden nicht):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Lines as sent</source>
        <translation>&amp;Zeilen wie gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON, exactly as sent</source>
        <translation>&amp;JSON genau wie gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to {target}</source>
        <translation>An {target} senden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Infinity entries</source>
        <translation>Infinity-Buchungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} (already booked, not sent again)</source>
        <translation>{n} (bereits gebucht, wird nicht erneut gesendet)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The voucher is in {currency} without an exchange rate: Infinity converts it to CHF at its own rate, so the CHF amounts are known only after booking. The amounts below are in {currency}.</source>
        <translation>Der Beleg ist in {currency} ohne Wechselkurs: Infinity rechnet ihn zu seinem eigenen Kurs in CHF um, die CHF-Beträge stehen also erst nach der Buchung fest. Die Beträge unten sind in {currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voucher is in {currency}: converted at {rate} CHF per {currency}; the predicted net and VAT below are in CHF.</source>
        <translation>Der Beleg ist in {currency}: umgerechnet zu {rate} CHF je {currency}; Netto und MWST unten sind in CHF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/submit_lines.py" line="-2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>MWST %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT code: typed → sent</source>
        <translation>MWST-Code: erfasst → gesendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VAT of line {line}</source>
        <translation>MWST von Zeile {line}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirma ledger rows</source>
        <translation>Buchungszeilen für Confirma</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <location filename="../../app/ui/submit_flow.py" line="+42"/>
        <source>Sending to {target}…</source>
        <translation>Wird an {target} gesendet…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Posting waits until the team database (server {server}) can be reached again. The draft stays here and is kept on this computer; press Ctrl+Enter again once the red banner is gone.</source>
        <translation>Das Buchen wartet, bis die Team-Datenbank (Server {server}) wieder erreichbar ist. Der Entwurf bleibt hier und wird auf diesem Computer aufbewahrt; drücken Sie erneut Strg+Eingabe, sobald das rote Banner verschwunden ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s) to fix before sending: {first} (Ctrl+I lists them all).</source>
        <translation>
            <numerusform>%n Fehler vor dem Senden zu beheben: {first} (Ctrl+I listet alle auf).</numerusform>
            <numerusform>%n Fehler vor dem Senden zu beheben: {first} (Ctrl+I listet alle auf).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Part of voucher {number} is already booked in Infinity, and the voucher no longer contains it unchanged. Keep the booked entries as they were and correct only the refused one, or book a reversal.</source>
        <translation>Ein Teil von Beleg {number} ist in Infinity bereits gebucht, und der Beleg enthält ihn nicht mehr unverändert. Lassen Sie die gebuchten Einträge, wie sie waren, und korrigieren Sie nur den abgelehnten, oder buchen Sie eine Stornobuchung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending voucher {number} to {target}…</source>
        <translation>Beleg {number} wird an {target} gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending voucher {number} to {target} ({profile})…</source>
        <translation>Beleg {number} wird an {target} ({profile}) gesendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(ohne Nummer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booked differently: {message}</source>
        <translation>Anders gebucht: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher {number} was booked by {target} ({profile}), but not as the preview showed: {message} Compare them in the review (Ctrl+R).</source>
        <translation>{target} ({profile}) hat Beleg {number} gebucht, aber nicht wie in der Vorschau: {message} Vergleichen Sie sie in der Übersicht (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent: {message}</source>
        <translation>Gesendet: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher {number} sent to {target} ({profile}): {message}</source>
        <translation>Beleg {number} an {target} ({profile}) gesendet: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits in the outbox unchanged; Ctrl+Enter tries again.</source>
        <translation>Er wartet unverändert im Postausgang; Ctrl+Enter versucht es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LedgerDesk will not send it again without checking: see `ledgerdesk outbox`.</source>
        <translation>LedgerDesk sendet ihn nicht ohne Prüfung erneut: siehe `ledgerdesk outbox`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed: {message}</source>
        <translation>Nicht bestätigt: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher {number} was not confirmed by {target}: {message} {how}</source>
        <translation>{target} hat Beleg {number} nicht bestätigt: {message} {how}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voucher {number} was refused by {target}: {message}</source>
        <translation>{target} hat Beleg {number} abgelehnt: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher {number} was not sent: {message}</source>
        <translation>Beleg {number} wurde nicht gesendet: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cells concerned are marked; fix them and press Ctrl+Enter again.</source>
        <translation>Die betroffenen Zellen sind markiert; korrigieren Sie sie und drücken Sie erneut Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voucher {number} could not be sent: {message}</source>
        <translation>Beleg {number} konnte nicht gesendet werden: {message}</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../app/ui/cell_editors.py" line="+61"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <location filename="../../app/ui/team_banner.py" line="+61"/>
        <source>The team database (server {server}) cannot be reached — drafts are kept on this computer; posting waits until it is back. LedgerDesk tries again every few seconds.</source>
        <translation>Die Team-Datenbank (Server {server}) ist nicht erreichbar — Entwürfe werden auf diesem Computer aufbewahrt; das Buchen wartet, bis sie wieder da ist. LedgerDesk versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{colleague} took over a draft while this computer could not reach the team database. Both are kept: theirs, and yours as a new draft (it opens with the next start).</source>
        <translation>{colleague} hat einen Entwurf übernommen, während dieser Computer die Team-Datenbank nicht erreichte. Beide bleiben erhalten: der der Kollegin oder des Kollegen und Ihrer als neuer Entwurf (er öffnet sich beim nächsten Start).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague</source>
        <translation>Eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team database (server {server}) can be reached again: the drafts kept on this computer are in it, and posting works again.</source>
        <translation>Die Team-Datenbank (Server {server}) ist wieder erreichbar: Die auf diesem Computer aufbewahrten Entwürfe sind jetzt dort, und Buchen funktioniert wieder.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="+44"/>
        <source>LedgerDesk — Team database</source>
        <translation>LedgerDesk — Team-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server or file:</source>
        <translation>Server oder Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable:</source>
        <translation>Erreichbar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues see you as:</source>
        <translation>Kollegen sehen Sie als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data location</source>
        <translation>Dieser Datenort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the OS keyring, never in a file</source>
        <translation>im Schlüsselbund des Betriebssystems, nie in einer Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how colleagues see you (default: your user name)</source>
        <translation>wie Kollegen Sie sehen (Standard: Ihr Benutzername)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Join the office&apos;s team database</source>
        <translation>Der Team-Datenbank des Büros beitreten</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Leave the team database…</source>
        <translation>Team-Datenbank &amp;verlassen…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the office&apos;s team database (PostgreSQL)</source>
        <translation>die Team-Datenbank des Büros (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer&apos;s own file (SQLite)</source>
        <translation>die eigene Datei dieses Computers (SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: {problem}</source>
        <translation>nein: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (only when on a team database)</source>
        <translation>{name} (nur in einer Team-Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join another team database</source>
        <translation>Einer anderen Team-Datenbank beitreten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This window still uses {where} until LedgerDesk is restarted: close it and start LedgerDesk again.</source>
        <translation>Dieses Fenster verwendet weiterhin {where}, bis LedgerDesk neu gestartet wird: schließen Sie es und starten Sie LedgerDesk erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s own file</source>
        <translation>die eigene Datei dieses Computers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the team database&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse der Team-Datenbank ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the team database…</source>
        <translation>Verbindung zur Team-Datenbank wird hergestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not joined; nothing was changed.</source>
        <translation>Nicht beigetreten; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined the team database {server} (schema {version}).</source>
        <translation>Der Team-Datenbank {server} beigetreten (Schema {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profiles now shared with the office: {names} (your API keys stay in this computer&apos;s keyring).</source>
        <translation>Ihre Profile sind jetzt mit dem Büro geteilt: {names} (Ihre API-Schlüssel bleiben im Schlüsselbund dieses Computers).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office already has {names} with other settings: the office&apos;s are used.</source>
        <translation>Das Büro hat {names} bereits mit anderen Einstellungen: die des Büros werden verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart LedgerDesk to use it: this window keeps its current database until then.</source>
        <translation>Starten Sie LedgerDesk neu, um sie zu verwenden: dieses Fenster behält bis dahin seine aktuelle Datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That is not a PostgreSQL address. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Das ist keine PostgreSQL-Adresse. Schreiben Sie sie als postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this password (or needs one): check it and type it again.</source>
        <translation>Der Server hat dieses Passwort abgelehnt (oder verlangt eines): prüfen Sie es und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password could not be kept in the OS keyring: {detail}</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Betriebssystems gespeichert werden: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: check the address and the network, and that the server is running.</source>
        <translation>Der Server ist nicht erreichbar: prüfen Sie Adresse und Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no database of that name: ask whoever runs it.</source>
        <translation>Der Server hat keine Datenbank dieses Namens: fragen Sie, wer ihn betreibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this user or this computer: ask whoever runs it for access.</source>
        <translation>Der Server hat diesen Benutzer oder diesen Computer abgelehnt: bitten Sie, wer ihn betreibt, um Zugang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no LedgerDesk tables yet: it is set up once with `ledgerdesk team init` (docs/team.md).</source>
        <translation>Diese Datenbank hat noch keine LedgerDesk-Tabellen: sie wird einmal mit `ledgerdesk team init` eingerichtet (docs/team.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A newer LedgerDesk set up this database: update LedgerDesk first.</source>
        <translation>Ein neueres LedgerDesk hat diese Datenbank eingerichtet: aktualisieren Sie zuerst LedgerDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team database cannot be used: {detail}</source>
        <translation>Die Team-Datenbank kann nicht verwendet werden: {detail}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Leave the team database</source>
        <translation>Team-Datenbank verlassen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Use this computer&apos;s own database and profiles again? The team database keeps everything for your colleagues; its password is deleted from this computer&apos;s keyring. LedgerDesk must be restarted to use the local database.</source>
        <translation>Wieder die eigene Datenbank und die eigenen Profile dieses Computers verwenden? Die Team-Datenbank behält alles für Ihre Kollegen; ihr Passwort wird aus dem Schlüsselbund dieses Computers gelöscht. LedgerDesk muss neu gestartet werden, um die lokale Datenbank zu verwenden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This data location already uses this computer&apos;s own database.</source>
        <translation>Dieser Datenort verwendet bereits die eigene Datenbank dieses Computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left the team database {server}. Restart LedgerDesk to use this computer&apos;s own database and profiles: this window keeps the team database until then.</source>
        <translation>Team-Datenbank {server} verlassen. Starten Sie LedgerDesk neu, um die eigene Datenbank und die eigenen Profile dieses Computers zu verwenden: dieses Fenster behält die Team-Datenbank bis dahin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its password could not be deleted from the keyring ({problem}).</source>
        <translation>Ihr Passwort konnte nicht aus dem Schlüsselbund gelöscht werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="-283"/>
        <source>on request</source>
        <translation>auf Abruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on day {day} from {start}</source>
        <translation>monatlich am {day}. ab {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarterly on day {day} from {start}</source>
        <translation>vierteljährlich am {day}. ab {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly on day {day} from {start}</source>
        <translation>jährlich am {day}. ab {start}</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Deleted the template {name}.</source>
        <translation>Die Vorlage {name} wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no template {name} any more.</source>
        <translation>Die Vorlage {name} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {name} cannot be read: {reason}</source>
        <translation>Die Vorlage {name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New draft from the template {name}.</source>
        <translation>Neuer Entwurf aus der Vorlage {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its date and amounts.</source>
        <translation>Geben Sie Datum und Beträge ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its amounts.</source>
        <translation>Geben Sie die Beträge ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its date.</source>
        <translation>Geben Sie das Datum ein.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The draft has no lines yet: type the voucher, then save it as a template.</source>
        <translation>Der Entwurf hat noch keine Zeilen: erfassen Sie den Beleg und speichern Sie ihn dann als Vorlage.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a template needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a template name has at most {limit} characters</source>
        <translation>ein Vorlagenname hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a template name is one line of text</source>
        <translation>ein Vorlagenname ist eine Textzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved as a template: {reason}.</source>
        <translation>Nicht als Vorlage gespeichert: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced the template {name}.</source>
        <translation>Die Vorlage {name} wurde ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the template {name}.</source>
        <translation>Die Vorlage {name} wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recurring: {schedule}; next due {day}.</source>
        <translation>Wiederkehrend: {schedule}; nächste Fälligkeit {day}.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location line="-315"/>
        <source>New draft from template</source>
        <translation>Neuer Entwurf aus Vorlage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to find a template</source>
        <translation>Tippen, um eine Vorlage zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a template</source>
        <translation>Eine Vorlage finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No templates yet. Save a draft as one with Ctrl+Shift+T.</source>
        <translation>Noch keine Vorlagen. Speichern Sie einen Entwurf mit Strg+Umschalt+T als Vorlage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete template…</source>
        <translation>Vorlage &amp;löschen…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template {name}? Drafts made from it stay.</source>
        <translation>Die Vorlage {name} löschen? Daraus erstellte Entwürfe bleiben.</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../../app/ui/totals_bar.py" line="+24"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Σ Debit</source>
        <translation>Σ Soll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total debit</source>
        <translation>Total Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ Credit</source>
        <translation>Σ Haben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total credit</source>
        <translation>Total Haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT by code</source>
        <translation>MWST nach Code</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>balanced</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debit and credit balance.</source>
        <translation>Soll und Haben sind ausgeglichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit minus credit. Ctrl+B puts this into the current line.</source>
        <translation>Soll minus Haben. Ctrl+B bucht die Differenz in die aktuelle Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No VAT</source>
        <translation>Keine MWST</translation>
    </message>
</context>
<context>
    <name>UncertainBanner</name>
    <message>
        <location filename="../../app/ui/review/banner.py" line="+23"/>
        <source>Review them… (Ctrl+Shift+U)</source>
        <translation>Anzeigen… (Ctrl+Shift+U)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n voucher(s) need your decision: LedgerDesk cannot tell whether they reached the target.</source>
        <translation>
            <numerusform>%n Beleg braucht Ihren Entscheid: LedgerDesk kann nicht wissen, ob er beim Ziel angekommen ist.</numerusform>
            <numerusform>%n Belege brauchen Ihren Entscheid: LedgerDesk kann nicht wissen, ob sie beim Ziel angekommen sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="+57"/>
        <source>Edit {column} on line {line}</source>
        <translation>{column} in Zeile {line} ändern</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit {field}</source>
        <translation>{field} ändern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post to {profile}</source>
        <translation>An {profile} buchen</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/ui/diagnostics.py" line="+13"/>
        <location line="+1"/>
        <source>LedgerDesk met an unexpected error</source>
        <translation>In LedgerDesk ist ein unerwarteter Fehler aufgetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside LedgerDesk. What you typed is saved as you type; check the last thing you did. The details are in the log ({path}). Please send them to support: Copy details puts them on the clipboard.</source>
        <translation>In LedgerDesk ist etwas schiefgegangen. Was Sie tippen, wird laufend gespeichert; prüfen Sie, was Sie zuletzt getan haben. Die Angaben stehen im Protokoll ({path}). Bitte senden Sie sie an den Support: Angaben kopieren legt sie in die Zwischenablage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details for support</source>
        <translation>Angaben für den Support kopieren</translation>
    </message>
</context>
<context>
    <name>VatMeaning</name>
    <message>
        <location filename="../../app/ui/vat_words.py" line="+19"/>
        <source>Sales, general rate (yleinen verokanta)</source>
        <translation>Verkauf, allgemeiner Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate 1</source>
        <translation>Verkauf, reduzierter Satz 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate 2</source>
        <translation>Verkauf, reduzierter Satz 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, zero-rated</source>
        <translation>Verkauf, Nullsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, general rate (deductible)</source>
        <translation>Einkauf, allgemeiner Satz (abziehbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, reduced rate 1 (deductible)</source>
        <translation>Einkauf, reduzierter Satz 1 (abziehbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, reduced rate 2 (deductible)</source>
        <translation>Einkauf, reduzierter Satz 2 (abziehbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales, normal rate</source>
        <translation>Umsatz, Normalsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate</source>
        <translation>Umsatz, reduzierter Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, accommodation (special) rate</source>
        <translation>Umsatz, Sondersatz Beherbergung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, opted turnover (normally exempt, voluntarily taxed)</source>
        <translation>Umsatz, optierte Leistungen (sonst ausgenommen, freiwillig versteuert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export, exempt with input-tax credit (0 %)</source>
        <translation>Export, befreit mit Vorsteuerabzug (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services abroad (0 %)</source>
        <translation>Leistungen im Ausland (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded turnover, no option (0 %)</source>
        <translation>Ausgenommene Umsätze ohne Option (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, normal rate</source>
        <translation>Vorsteuer auf Material- und Dienstleistungsaufwand, Normalsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, accommodation rate</source>
        <translation>Vorsteuer auf Material- und Dienstleistungsaufwand, Beherbergungssatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, reduced rate</source>
        <translation>Vorsteuer auf Material- und Dienstleistungsaufwand, reduzierter Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, normal rate</source>
        <translation>Vorsteuer auf Investitionen und übrigem Betriebsaufwand, Normalsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, accommodation rate</source>
        <translation>Vorsteuer auf Investitionen und übrigem Betriebsaufwand, Beherbergungssatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, reduced rate</source>
        <translation>Vorsteuer auf Investitionen und übrigem Betriebsaufwand, reduzierter Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse charge (Bezugsteuer), materials</source>
        <translation>Bezugsteuer, Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse charge (Bezugsteuer), investments</source>
        <translation>Bezugsteuer, Investitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity code ES (normal rate); Infinity does not document its meaning</source>
        <translation>Infinity-Code ES (Normalsatz); Infinity dokumentiert seine Bedeutung nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity code ES (reduced rate); Infinity does not document its meaning</source>
        <translation>Infinity-Code ES (reduzierter Satz); Infinity dokumentiert seine Bedeutung nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>food, feed, restaurant and catering services</source>
        <translation>Lebensmittel, Futtermittel, Restaurant- und Verpflegungsdienstleistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>food, feed, restaurant and catering services; books, medicines, passenger transport, accommodation, cultural and sports admissions, film screenings</source>
        <translation>Lebensmittel, Futtermittel, Restaurant- und Verpflegungsdienstleistungen; Bücher, Arzneimittel, Personenbeförderung, Beherbergung, Eintritte zu Kultur- und Sportveranstaltungen, Filmvorführungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>books, medicines, passenger transport, accommodation, sports services, cultural and entertainment events, newspaper and periodical subscriptions</source>
        <translation>Bücher, Arzneimittel, Personenbeförderung, Beherbergung, Sportdienstleistungen, Kultur- und Unterhaltungsveranstaltungen, Zeitungs- und Zeitschriftenabonnemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chiefly newspapers and magazines</source>
        <translation>hauptsächlich Zeitungen und Zeitschriften</translation>
    </message>
</context>
<context>
    <name>VatTableModel</name>
    <message>
        <location filename="../../app/ui/profiles/vat_model.py" line="+26"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning on {date}</source>
        <translation>Bedeutung am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT account</source>
        <translation>MWST-Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate on {date}</source>
        <translation>Satz am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent</source>
        <translation>Gesendeter Code</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>sales</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>purchase</source>
        <translation>Einkauf</translation>
    </message>
</context>
<context>
    <name>VoucherColumns</name>
    <message>
        <location filename="../../app/ui/voucher_model.py" line="+37"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT amount</source>
        <translation>MWST-Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss francs</source>
        <translation>Franken</translation>
    </message>
</context>
<context>
    <name>VoucherDocument</name>
    <message>
        <location filename="../../app/ui/review/document.py" line="+56"/>
        <source>VAT {code}</source>
        <translation>MWST {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>VAT code</source>
        <translation>MWST-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <location line="+31"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Voucher {number}</source>
        <translation>Beleg {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Belegart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher identifier</source>
        <translation>Belegkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote ids</source>
        <translation>IDs beim Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverses</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voucher cannot be read: {error}</source>
        <translation>Der Beleg kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions booked by Infinity</source>
        <translation>Von Infinity gebuchte Transaktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed {when} by LedgerDesk</source>
        <translation>Gedruckt am {when} von LedgerDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>LedgerDesk voucher</source>
        <translation>LedgerDesk-Beleg</translation>
    </message>
</context>
<context>
    <name>VoucherPage</name>
    <message>
        <location filename="../../app/ui/page_layout.py" line="+22"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take over…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voucher_page.py" line="+176"/>
        <source>Voucher {number} · {profile}</source>
        <translation>Beleg {number} · {profile}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New voucher · {profile}</source>
        <translation>Neuer Beleg · {profile}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} edits this draft: it cannot change here (Ctrl+Shift+O takes it over).</source>
        <translation>{name} bearbeitet diesen Entwurf: Er kann hier nicht geändert werden (Ctrl+Shift+O übernimmt ihn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher is being sent or waits in the outbox: it cannot change now.</source>
        <translation>Dieser Beleg wird gerade gesendet oder wartet im Postausgang: er kann jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insert line {line}</source>
        <translation>Zeile {line} einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate line {line}</source>
        <translation>Zeile {line} duplizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear line 1</source>
        <translation>Zeile 1 leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete line {line}</source>
        <translation>Zeile {line} löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance line {line}</source>
        <translation>Mit Zeile {line} ausgleichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy {column} from line {line}</source>
        <translation>{column} aus Zeile {line} kopieren</translation>
    </message>
</context>
<context>
    <name>VoucherTableModel</name>
    <message>
        <location filename="../../app/ui/voucher_model.py" line="+187"/>
        <source>VAT row of line {line}</source>
        <translation>MWST-Zeile von Zeile {line}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}, {where}</source>
        <translation>{column}, {where}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cell}: {value}</source>
        <translation>{cell}: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT of line {line}, derived from it: read-only. Edit line {line} to change it.</source>
        <translation>MWST von Zeile {line}, daraus berechnet: schreibgeschützt. Zum Ändern Zeile {line} bearbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code}: the rate in force on {day}, the line&apos;s booking date.</source>
        <translation>{code}: der am {day}, dem Buchungsdatum der Zeile, geltende Satz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derived from the line&apos;s amount and VAT code: read-only.</source>
        <translation>Aus Betrag und MWST-Code der Zeile berechnet: schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derived VAT row of line {line}</source>
        <translation>Berechnete MWST-Zeile von Zeile {line}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
</context>
<context>
    <name>VoucherView</name>
    <message>
        <location filename="../../app/ui/voucher_view.py" line="+41"/>
        <source>Voucher lines</source>
        <translation>Belegzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab or Enter: next cell. F6: the header. Ctrl+I: the issues. F1: every key.</source>
        <translation>Tab oder Enter: nächste Zelle. F6: der Belegkopf. Ctrl+I: die Probleme. F1: alle Tasten.</translation>
    </message>
</context>
</TS>
