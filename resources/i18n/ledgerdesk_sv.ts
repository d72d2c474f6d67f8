<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="+92"/>
        <source>Proprietary: all rights reserved</source>
        <translation>Proprietär licens: alla rättigheter förbehållna</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (unencrypted: refused unless allowed)</source>
        <translation>{name} (okrypterad: används inte utan tillstånd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available ({reason})</source>
        <translation>inte tillgänglig ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>About LedgerDesk</source>
        <translation>Om LedgerDesk</translation>
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
        <translation>Licens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API keys kept in</source>
        <translation>API-nycklar lagras i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolkit</source>
        <translation>Gränssnittsbibliotek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs on</source>
        <translation>Körs på</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal entry for bookkeepers: vouchers typed in a fast grid, checked before anything leaves this computer, posted to Confirma Finance or Infinity.</source>
        <translation>Verifikationsregistrering för redovisningskonsulter: verifikationer skrivs i ett snabbt rutnät, kontrolleras innan något lämnar datorn och bokförs i Confirma Finance eller Infinity.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera uppgifterna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details for support</source>
        <translation>Kopiera uppgifterna till supporten</translation>
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
        <translation>{size} byte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image</source>
        <translation>bild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>no program to show it was found; the copy is {path}</source>
        <translation>inget program som kan visa den hittades; kopian finns i {path}</translation>
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
        <translation>Kvitton och fakturor (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.xml);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach source documents</source>
        <translation>Bifoga underlag</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <location line="-198"/>
        <source>Source documents</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the source document</source>
        <translation>Förhandsvisning av underlaget</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter opens the document in its viewer; Del removes it from the draft.</source>
        <translation>Enter öppnar underlaget i dess visningsprogram; Del tar bort det från utkastet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a receipt or an invoice on the window, use File ▸ Attach… (Ctrl+Shift+A) or paste an image (Ctrl+V).</source>
        <translation>Släpp ett kvitto eller en faktura i fönstret, välj Arkiv ▸ Bifoga… (Ctrl+Shift+A) eller klistra in en bild (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source documents ({count}): they stay with the firm and are not sent to {target}.</source>
        <translation>Underlag ({count}): de stannar hos byrån och skickas inte till {target}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No source document</source>
        <translation>Inget underlag</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../app/ui/backup_dialogs.py" line="+24"/>
        <source>LedgerDesk backup (*.zip)</source>
        <translation>LedgerDesk-säkerhetskopia (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up LedgerDesk</source>
        <translation>Säkerhetskopiera LedgerDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to {path} (the database and settings; API keys stay in the keyring).</source>
        <translation>Säkerhetskopierat till {path} (databasen och inställningarna; API-nycklarna stannar i nyckelringen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not backed up: {reason}</source>
        <translation>Ingen säkerhetskopia gjord: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a LedgerDesk backup</source>
        <translation>Återställ en LedgerDesk-säkerhetskopia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not restored: {reason}</source>
        <translation>Inte återställd: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup of {created} is checked and will be restored when LedgerDesk starts next: its drafts, outbox and review list replace this computer&apos;s, and the current database is kept beside it (ledgerdesk.sqlite3.before-restore-…). LedgerDesk must restart for that. Quit now?</source>
        <translation>Säkerhetskopian från {created} är kontrollerad och återställs när LedgerDesk startar nästa gång: dess utkast, utkorg och granskningslista ersätter den här datorns, och den nuvarande databasen sparas bredvid (ledgerdesk.sqlite3.before-restore-…). LedgerDesk måste startas om för det. Avsluta nu?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Restore needs a restart</source>
        <translation>Återställningen kräver en omstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit now</source>
        <translation>&amp;Avsluta nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup chosen with File ▸ Restore… was not restored yet: another LedgerDesk has the data folder open. Close it and start LedgerDesk again.</source>
        <translation>Säkerhetskopian som valdes med Arkiv ▸ Återställ… är inte återställd än: en annan LedgerDesk har datamappen öppen. Stäng den och starta LedgerDesk igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup chosen with File ▸ Restore… was not restored: {reason}</source>
        <translation>Säkerhetskopian som valdes med Arkiv ▸ Återställ… återställdes inte: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup of {created}. The previous database is kept as {kept}.</source>
        <translation>Säkerhetskopian från {created} är återställd. Den tidigare databasen sparas som {kept}.</translation>
    </message>
</context>
<context>
    <name>ChartImportDialog</name>
    <message>
        <location filename="../../app/ui/profiles/chart_import.py" line="+24"/>
        <source>Import a chart of accounts for {profile}</source>
        <translation>Importera kontoplan för {profile}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {accepted} account(s) accepted, {rejected} row(s) rejected (read as {encoding}, separated by “{delimiter}”). Importing replaces the profile&apos;s current chart.</source>
        <translation>{file}: {accepted} konton godkända, {rejected} rader avvisade (läst som {encoding}, avgränsade med “{delimiter}”). Importen ersätter profilens nuvarande kontoplan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT code</source>
        <translation>Momskod</translation>
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
        <translation>nej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is rejected</source>
        <translation>Varför den avvisas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accepted accounts</source>
        <translation>&amp;Godkända konton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rejected rows (not imported)</source>
        <translation>&amp;Avvisade rader (importeras inte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}: {note}</source>
        <translation>Rad {row}: {note}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>&amp;Importera %n konto</numerusform>
            <numerusform>&amp;Importera %n konton</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleaguesDrafts</name>
    <message>
        <location filename="../../app/ui/colleagues_drafts.py" line="+145"/>
        <source>{name}&apos;s draft cannot be read: {reason}</source>
        <translation>{name}s utkast kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being edited by {name} (last saved {time}). Read-only here; Ctrl+Shift+O takes it over.</source>
        <translation>Redigeras av {name} (senast sparat {time}). Skrivskyddat här; Ctrl+Shift+O tar över det.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Take over draft</source>
        <translation>Ta över utkastet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Take over {draft} from {name}? From now on only you can change it; {name}&apos;s window keeps showing it, read-only. What shows here is replaced by the version saved last.</source>
        <translation>Ta över {draft} från {name}? Från och med nu kan bara du ändra det; {name}s fönster fortsätter att visa det skrivskyddat. Det som visas här ersätts av den senast sparade versionen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That draft is gone: it was sent or closed meanwhile.</source>
        <translation>Utkastet finns inte längre: det har skickats eller stängts under tiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft cannot be read: {reason}</source>
        <translation>Utkastet kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have taken over {draft}: it is yours to edit now.</source>
        <translation>Du har tagit över {draft}: nu är det du som redigerar det.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} has taken this draft over and edits it now. Your text stays here, read-only: nothing typed after the take-over was saved (File ▸ Save voucher file as… keeps it). Ctrl+Shift+O takes it back, with {name}&apos;s version.</source>
        <translation>{name} har tagit över det här utkastet och redigerar det nu. Din text finns kvar här, skrivskyddad: inget som skrevs efter övertagandet sparades (Arkiv ▸ Spara verifikationsfil som… behåller den). Ctrl+Shift+O tar tillbaka det, med {name}s version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has taken over {draft}.</source>
        <translation>{name} har tagit över {draft}.</translation>
    </message>
</context>
<context>
    <name>ColleaguesDraftsDialog</name>
    <message>
        <location line="-150"/>
        <location line="+8"/>
        <source>Colleagues&apos; drafts</source>
        <translation>Kollegors utkast</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Drafts colleagues are editing</source>
        <translation>Utkast som kolleger redigerar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being edited by</source>
        <translation>Redigeras av</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Senast sparat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(its text cannot be read)</source>
        <translation>(dess text kan inte läsas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens the draft to read. Only whoever edits a draft can change it; Ctrl+Shift+O in its tab takes it over.</source>
        <translation>Enter öppnar utkastet för läsning. Bara den som redigerar ett utkast kan ändra det; Ctrl+Shift+O i dess flik tar över det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No colleague has a draft open.</source>
        <translation>Ingen kollega har ett utkast öppet.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../app/ui/review/detail.py" line="+69"/>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction id</source>
        <translation>Transaktions-id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net or VAT</source>
        <translation>Netto eller moms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview showed</source>
        <translation>Förhandsvisningen visade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Skattekod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines and VAT</source>
        <translation>Rader och moms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by Infinity</source>
        <translation>Bokfört av Infinity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and responses</source>
        <translation>Förfrågningar och svar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source documents</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher details</source>
        <translation>Verifikationens uppgifter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;i&gt;Choose a voucher in the list to see its lines and what was sent.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Välj en verifikation i listan för att se dess rader och vad som skickades.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voucher {number} · {date} · {profile} ({target})</source>
        <translation>Verifikation {number} · {date} · {profile} ({target})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— Audit log (oldest first) —</source>
        <translation>— Granskningslogg (äldst först) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Requests as queued in the outbox —</source>
        <translation>— Förfrågningarna som de köades i utkorgen —</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../app/ui/diagnostics.py" line="+40"/>
        <location line="+1"/>
        <source>Diagnostics</source>
        <translation>Felsökning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation>Loggfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API keys kept in</source>
        <translation>API-nycklar lagras i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last lines of the log:</source>
        <translation>Loggens sista rader:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the log is empty)</source>
        <translation>(loggen är tom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics for a support request</source>
        <translation>Felsökningsuppgifter för en supportförfrågan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the diagnostics for support</source>
        <translation>Kopiera felsökningsuppgifterna till supporten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What support needs to help: nothing here is secret (API keys are never logged).</source>
        <translation>Det supporten behöver för att hjälpa: inget här är hemligt (API-nycklar loggas aldrig).</translation>
    </message>
</context>
<context>
    <name>Documentation</name>
    <message>
        <location filename="../../app/ui/about.py" line="-108"/>
        <source>&amp;Getting started (README)</source>
        <translation>&amp;Kom igång (README)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tangentbord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages and number formats</source>
        <translation>&amp;Språk och talformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voucher file format</source>
        <translation>&amp;Filformat för verifikationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;journal (PDF and CSV)</source>
        <translation>&amp;Grundboken (PDF och CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source &amp;documents (attachments)</source>
        <translation>Un&amp;derlag (bilagor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;mplates and recurring vouchers</source>
        <translation>Mallar och återkommande &amp;verifikationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup and restore</source>
        <translation>Säkerhetskopiering och återställ&amp;ning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team mode (shared database)</source>
        <translation>Tea&amp;mläge (delad databas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogs and diagnostics</source>
        <translation>L&amp;oggar och diagnostik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;sandbox</source>
        <translation>Sand&amp;lådan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Architecture (for developers)</source>
        <translation>&amp;Arkitektur (för utvecklare)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This copy of LedgerDesk was installed without its documentation. It is in the docs folder of the LedgerDesk source (README.md, docs/keyboard.md, docs/languages.md); Help ▸ Keyboard (F1) lists every key.</source>
        <translation>Den här LedgerDesk installerades utan dokumentation. Den finns i mappen docs i LedgerDesks källkod (README.md, docs/keyboard.md, docs/languages.md); Hjälp ▸ Tangentbord (F1) visar alla tangenter.</translation>
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
        <translation>Var finns dokumentationen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No program on this computer opens {name}. The file is here:
{path}</source>
        <translation>Inget program på den här datorn kan öppna {name}. Filen finns här:
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
        <translation>Öppna utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft tabs</source>
        <translation>Flikar för utkast</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A saved draft could not be read and is left in the store: {reason}</source>
        <translation>Ett sparat utkast kunde inte läsas och lämnas kvar i databasen: {reason}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Close {draft}? {name} edits it now; the text shown here is not saved anywhere.</source>
        <translation>Stäng {draft}? {name} redigerar det nu; texten som visas här är inte sparad någonstans.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Discard draft</source>
        <translation>Kasta utkastet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard {draft}? Its lines are archived, not sent.</source>
        <translation>Kasta {draft}? Raderna arkiveras, de skickas inte.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <location filename="../../app/ui/style.py" line="+28"/>
        <source>SANDBOX — practice only, nothing reaches a real ledger</source>
        <translation>SANDLÅDA — endast övning, inget når en riktig bokföring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STAGING — the vendor&apos;s test system</source>
        <translation>TESTMILJÖ — leverantörens testsystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCTION — posts real entries</source>
        <translation>PRODUKTION — bokför på riktigt</translation>
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
        <translation>Öppna verifikationsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Voucher files (*.json);;All files (*)</source>
        <translation>Verifikationsfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+4"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {file} as a new draft.</source>
        <translation>{file} öppnades som ett nytt utkast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields that could not be read: {count}. They keep the text from the file and are marked.</source>
        <translation>Fält som inte kunde läsas: {count}. De behåller texten från filen och är markerade.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fields that cannot be read, left empty in the file: {count}.</source>
        <translation>Fält som inte kan läsas och lämnas tomma i filen: {count}.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Left out (no place for them in a voucher): {fields}.</source>
        <translation>Utelämnat (ingen plats för dem i en verifikation): {fields}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save voucher file as</source>
        <translation>Spara verifikationsfil som</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} was not saved: {reason}</source>
        <translation>{file} sparades inte: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the draft as {file}.</source>
        <translation>Utkastet sparades som {file}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/review/filter_bar.py" line="+36"/>
        <source>from, e.g. 1.11.2025</source>
        <translation>från, t.ex. 1.11.2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 1910</source>
        <translation>t.ex. 1910</translation>
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
        <translation>ord ur numret, beskrivningen eller radtexterna</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Rensa filtren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acco&amp;unt</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o</source>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount</source>
        <translation>&amp;Belopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted b&amp;y</source>
        <translation>Bokförd a&amp;v</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ate</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All profiles</source>
        <translation>Alla profiler</translation>
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
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;scription</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>Va&amp;luta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT</source>
        <translation>&amp;Moms</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Voucher header</source>
        <translation>Verifikationshuvud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection this voucher is posted to</source>
        <translation>Anslutningen som verifikationen bokförs via</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>12.12.2025, 2025-12-12, t = today, +/- one day; Up/Down: ± one day</source>
        <translation>12.12.2025, 2025-12-12, t = i dag, +/- en dag; pil upp/ned: ± en dag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Description length</source>
        <translation>Beskrivningens längd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or target</source>
        <translation>eller target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF per 1 unit of the voucher&apos;s currency, e.g. 0.94; or &quot;target&quot; to let Infinity convert at its own rate on the voucher date</source>
        <translation>CHF per 1 enhet av verifikationens valuta, t.ex. 0,94; eller &quot;target&quot; för att låta Infinity räkna om med sin egen kurs på verifikationsdagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gross (amounts include VAT)</source>
        <translation>Brutto (beloppen inkluderar moms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net (VAT is added)</source>
        <translation>Netto (moms läggs till)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Profile {profile} posts to {target} ({environment}).</source>
        <translation>Profilen {profile} bokför i {target} ({environment}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Error: {message}</source>
        <translation>Fel: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: {message}</source>
        <translation>Varning: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The target accepts at most %n character(s).</source>
        <translation>
            <numerusform>Mottagaren godtar högst %n tecken.</numerusform>
            <numerusform>Mottagaren godtar högst %n tecken.</numerusform>
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
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Växelkurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT mode</source>
        <translation>Momshantering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../../app/ui/issues_panel.py" line="+22"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Voucher · Balance</source>
        <translation>Verifikation · Balans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line} · {field}</source>
        <translation>Rad {line} · {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header · {field}</source>
        <translation>Huvud · {field}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location line="+15"/>
        <location line="+46"/>
        <source>Issues</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Issues list</source>
        <translation>Problemlista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on an issue goes to its cell.</source>
        <translation>Enter på ett problem går till dess cell.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;{issues}&lt;/b&gt; — none</source>
        <translation>&lt;b&gt;{issues}&lt;/b&gt; — inga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{issues}&lt;/b&gt; — {errors}, {warnings}. Click one (or select it and press Enter) to go to the cell.</source>
        <translation>&lt;b&gt;{issues}&lt;/b&gt; — {errors}, {warnings}. Klicka på ett (eller markera det och tryck Enter) för att gå till cellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../app/ui/review/journal.py" line="+18"/>
        <source>Journal</source>
        <translation>Grundbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: {company}</source>
        <translation>Företag: {company}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {start} – {end}</source>
        <translation>Period: {start} – {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first voucher</source>
        <translation>första verifikationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last voucher</source>
        <translation>sista verifikationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed {when} by LedgerDesk</source>
        <translation>Utskriven {when} av LedgerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr</translation>
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
        <translation>Momskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT {code}</source>
        <translation>Moms {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{description} (continued)</source>
        <translation>{description} (forts.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{description} [booked differently at the target]</source>
        <translation>{description} [bokförd annorlunda hos mottagaren]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored voucher cannot be read; see the review.</source>
        <translation>Den sparade verifikationen kan inte läsas; se listan över skickade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No posted voucher matches the filter.</source>
        <translation>Ingen bokförd verifikation motsvarar filtret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals {currency}</source>
        <translation>Summa {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT per code and rate</source>
        <translation>Moms per kod och skattesats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Sats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../app/ui/keyboard_help.py" line="+47"/>
        <source>Moving</source>
        <translation>Förflyttning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next editable cell; past the last cell a new line opens</source>
        <translation>Nästa redigerbara cell; efter den sista cellen öppnas en ny rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous editable cell</source>
        <translation>Föregående redigerbara cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the cell keeping its text (typing over a cell replaces it)</source>
        <translation>Redigera cellen och behåll texten (att skriva över en cell ersätter den)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the suggestions; again: cancel the cell edit</source>
        <translation>Stäng förslagen; en gång till: avbryt redigeringen av cellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an account or VAT cell: choose a suggestion (Enter/Tab takes it)</source>
        <translation>I en konto- eller momscell: välj ett förslag (Enter/Tab tar det)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch between the header and the grid</source>
        <translation>Växla mellan huvudet och raderna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the issues list (Enter on an issue jumps to its cell)</source>
        <translation>Gå till problemlistan (Enter på ett problem går till dess cell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance: put the remaining difference into this line</source>
        <translation>Balansera: lägg den återstående differensen på den här raden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the cell from the line above</source>
        <translation>Kopiera cellen från raden ovanför</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the line</source>
        <translation>Duplicera raden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a blank line above this one</source>
        <translation>Infoga en tom rad ovanför den här</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the line (its VAT row goes with it)</source>
        <translation>Ta bort raden (dess momsrad följer med)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the cell</source>
        <translation>Töm cellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a date cell: today</source>
        <translation>I en datumcell: i dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a date cell: one day later / earlier (press again to keep moving)</source>
        <translation>I en datumcell: en dag senare / tidigare (tryck igen för att fortsätta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the header date: one day later / earlier</source>
        <translation>I huvudets datum: en dag senare / tidigare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo (every edit, line insert or delete, and a whole paste, one step each)</source>
        <translation>Ångra (varje ändring, infogad eller borttagen rad och en hel inklistring är ett steg var)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste rows from a spreadsheet: a preview shows each row first</source>
        <translation>Klistra in rader från ett kalkylblad: en förhandsgranskning visar varje rad först</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit: shows exactly what will be sent, Enter sends</source>
        <translation>Skicka: visar exakt vad som skickas, Enter skickar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New draft (in a new tab)</source>
        <translation>Nytt utkast (i en ny flik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a voucher file as a new draft (or drop a .json on the window)</source>
        <translation>Öppna en verifikationsfil som ett nytt utkast (eller släpp en .json i fönstret)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft as a voucher file</source>
        <translation>Spara utkastet som verifikationsfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a receipt or invoice to the draft (or drop the file on the window, or paste an image with Ctrl+V); in the list, Enter opens it, Del removes it</source>
        <translation>Bifoga ett kvitto eller en faktura till utkastet (eller släpp filen i fönstret, eller klistra in en bild med Ctrl+V); i listan öppnar Enter det, Del tar bort det</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New draft from a template: type part of its name, Enter</source>
        <translation>Nytt utkast från en mall: skriv en del av dess namn, Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft as a template (amounts and date may be left to type; a schedule makes it recurring)</source>
        <translation>Spara utkastet som mall (belopp och datum kan lämnas att skriva in; ett schema gör den återkommande)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the draft tab (a draft with content is kept unless you discard it)</source>
        <translation>Stäng utkastets flik (ett utkast med innehåll behålls om du inte kastar det)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a team database: take over the colleague&apos;s draft shown (asks first)</source>
        <translation>I en teamdatabas: ta över kollegans utkast som visas (frågar först)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next / previous draft tab</source>
        <translation>Nästa / föregående utkastflik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review what was posted: every voucher sent from here, newest first</source>
        <translation>Skickade verifikationer: alla som skickats härifrån, nyaste först</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review only the vouchers that need your decision (uncertain)</source>
        <translation>Endast verifikationer som väntar på ditt beslut (osäkra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: find by words of the number, description or lines</source>
        <translation>Bland skickade: sök med ord ur numret, beskrivningen eller raderna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: back to the list</source>
        <translation>Bland skickade: tillbaka till listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: clear every filter</source>
        <translation>Bland skickade: rensa alla filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: read Confirma&apos;s sync status now</source>
        <translation>Bland skickade: läs Confirmas synkroniseringsstatus nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: open a copy of the voucher as a new draft</source>
        <translation>Bland skickade: öppna en kopia av verifikationen som nytt utkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: create the reversing voucher as a new draft</source>
        <translation>Bland skickade: skapa motbokningen som nytt utkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: decide an uncertain voucher (posted, or send again)</source>
        <translation>Bland skickade: besluta om en osäker verifikation (bokförd, eller skicka igen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: cancel a queued or rejected voucher nothing was booked of (it can be corrected and sent again)</source>
        <translation>I granskningen: avbryt en köad eller avvisad verifikation som inget bokfördes av (den kan rättas och skickas igen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the review: export the filtered list and its lines as CSV</source>
        <translation>Bland skickade: exportera den filtrerade listan med rader som CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: the journal of the filtered posted vouchers, as PDF or CSV</source>
        <translation>I listan över skickade: grundboken över de filtrerade bokförda verifikationerna, som PDF eller CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the review: print the voucher</source>
        <translation>Bland skickade: skriv ut verifikationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: save the voucher as a PDF</source>
        <translation>Bland skickade: spara verifikationen som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: close it (the filter is kept)</source>
        <translation>Bland skickade: stäng (filtret sparas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings ▸ Profiles: connections, API keys, charts of accounts</source>
        <translation>Inställningar ▸ Profiler: anslutningar, API-nycklar, kontoplaner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list</source>
        <translation>Den här listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit (drafts are saved as you type)</source>
        <translation>Avsluta (utkasten sparas medan du skriver)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates: 12.12.2025, 12.12.25, 12.12. (this year), 2025-12-12, t (today), + / - (one day), +3 / -2 (days).</source>
        <translation>Datum: 12.12.2025, 12.12.25, 12.12. (i år), 2025-12-12, t (i dag), + / - (en dag), +3 / -2 (dagar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts: the profile&apos;s format (1 234,56 or 1&apos;234.56) and simple sums: 100+25,50, 3*19,90, (10+5)/2. A negative debit is entered as a credit.</source>
        <translation>Belopp: profilens format (1 234,56 eller 1&apos;234.56) och enkla uträkningar: 100+25,50, 3*19,90, (10+5)/2. En negativ debet förs in som kredit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account: a number, or any part of the name; an account not in the chart is flagged, never guessed.</source>
        <translation>Konto: ett nummer eller valfri del av namnet; ett konto som inte finns i kontoplanen flaggas, det gissas aldrig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT code: the profile&apos;s codes; the account proposes one; the cell shows the rate on the booking date.</source>
        <translation>Momskod: profilens koder; kontot föreslår en; cellen visar momssatsen på bokföringsdagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header fields: Alt+underlined letter (Alt+T date, Alt+N number, Alt+Y type, Alt+S description, Alt+M company, Alt+U currency, Alt+V VAT mode, Alt+P profile); Enter moves to the next field.</source>
        <translation>Huvudfält: Alt+understruken bokstav (Alt+T datum, Alt+N nummer, Alt+Y typ, Alt+B beskrivning, Alt+F företag, Alt+L valuta, Alt+K kurs, Alt+M momshantering, Alt+P profil); Enter går till nästa fält.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location line="+8"/>
        <source>LedgerDesk — Keyboard</source>
        <translation>LedgerDesk — Tangentbord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard keys of the voucher window</source>
        <translation>Tangenterna i verifikationsfönstret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys and what they do</source>
        <translation>Tangenter och vad de gör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the cells accept</source>
        <translation>Vad cellerna godtar</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../app/ui/language_menu.py" line="+28"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow the system ({language})</source>
        <translation>&amp;Följ systemet ({language})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The language could not be saved: {reason}</source>
        <translation>Språket kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. From the next start LedgerDesk follows the system&apos;s language ({language}), and each profile&apos;s country sets how numbers and dates are typed.</source>
        <translation>Sparat. Från nästa start följer LedgerDesk systemets språk ({language}), och varje profils land avgör hur tal och datum skrivs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {language}, numbers and dates included, from the next start of LedgerDesk.</source>
        <translation>Sparat: {language}, även tal och datum, från nästa gång LedgerDesk startar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: LedgerDesk starts in {language} next time (numbers and dates too). Restart it to change the language now.</source>
        <translation>Sparat: LedgerDesk startar på {language} nästa gång (även tal och datum). Starta om programmet för att byta språk nu.</translation>
    </message>
</context>
<context>
    <name>LedgerDeskGui</name>
    <message>
        <location filename="../../app/ui/app.py" line="+133"/>
        <source>Welcome to LedgerDesk. This is the SANDBOX: a practice ledger on this computer, with the Finnish starter chart. Type a voucher and press Ctrl+Enter to post it; nothing reaches a real ledger. F1 lists the keys.</source>
        <translation>Välkommen till LedgerDesk. Det här är SANDLÅDAN: en övningsbokföring på den här datorn, med den finska baskontoplanen. Skriv en verifikation och tryck Ctrl+Enter för att bokföra den; inget når en riktig bokföring. F1 visar tangenterna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup for {days} days. File ▸ Back up… makes one (ledgerdesk backup FILE from a terminal).</source>
        <translation>Ingen säkerhetskopia på {days} dagar. Arkiv ▸ Säkerhetskopiera… gör en (ledgerdesk backup FIL i en terminal).</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+46"/>
        <source>Sandbox starting…</source>
        <translation>Sandlådan startar…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Sandbox running at {url} (started here: the other LedgerDesk&apos;s one stopped)</source>
        <translation>Sandlådan körs på {url} (startad här: den andra LedgerDesks sandlåda stannade)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox running at {url}</source>
        <translation>Sandlådan körs på {url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sandbox already running at {url}</source>
        <translation>Sandlådan körs redan på {url}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line</source>
        <translation>Ra&amp;d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settin&amp;gs</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New draft</source>
        <translation>&amp;Nytt utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open voucher file…</source>
        <translation>&amp;Öppna verifikationsfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save voucher file &amp;as…</source>
        <translation>Spara verifikationsfil s&amp;om…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attac&amp;h source document…</source>
        <translation>&amp;Bifoga underlag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close draft</source>
        <translation>&amp;Stäng utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lleagues&apos; drafts…</source>
        <translation>Kolle&amp;gors utkast…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take o&amp;ver this draft…</source>
        <translation>&amp;Ta över detta utkast…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit…</source>
        <translation>S&amp;kicka…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste rows…</source>
        <translation>&amp;Klistra in rader…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert line</source>
        <translation>&amp;Infoga rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete line</source>
        <translation>&amp;Ta bort rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate line</source>
        <translation>&amp;Duplicera rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Balance this line</source>
        <translation>&amp;Balansera på den här raden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy cell from &amp;above</source>
        <translation>Kopiera cell &amp;ovanifrån</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header ↔ grid</source>
        <translation>&amp;Huvud ↔ rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issues list</source>
        <translation>&amp;Problemlista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next draft</source>
        <translation>&amp;Nästa utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous draft</source>
        <translation>&amp;Föregående utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard…</source>
        <translation>&amp;Tangentbord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About LedgerDesk</source>
        <translation>&amp;Om LedgerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review what was posted…</source>
        <translation>S&amp;kickade verifikationer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers needing a &amp;decision…</source>
        <translation>Verifikationer som väntar på &amp;beslut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team database…</source>
        <translation>&amp;Teamdatabas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>Säker&amp;hetskopiera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore…</source>
        <translation>Åte&amp;rställ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnostics…</source>
        <translation>&amp;Felsökning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New draft from te&amp;mplate…</source>
        <translation>Nytt utkast från &amp;mall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as temp&amp;late…</source>
        <translation>Spara som ma&amp;ll…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Sandbox status</source>
        <translation>Sandlådans status</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/message_templates.py" line="+13"/>
        <source>The voucher has no lines.</source>
        <translation>Verifikationen har inga rader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher date is missing.</source>
        <translation>Verifikationens datum saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is {length} characters; {target} accepts at most {limit}.</source>
        <translation>Beskrivningen har {length} tecken; {target} tar emot högst {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{currency}&apos; is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>&apos;{currency}&apos; är ingen valutakod (tre versaler, t.ex. EUR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code.</source>
        <translation>&apos;{currency}&apos; är ingen valutakod enligt ISO 4217.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma takes amounts in euros only; this voucher is in {currency}.</source>
        <translation>Confirma tar bara emot belopp i euro; den här verifikationen är i {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange rate must be greater than zero.</source>
        <translation>Växelkursen måste vara större än noll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} is this profile&apos;s accounting currency: leave the exchange rate empty.</source>
        <translation>{currency} är profilens redovisningsvaluta: lämna växelkursen tom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company {label}: Confirma needs it to find the company.</source>
        <translation>Företagets {label} saknas: Confirma behöver det för att hitta företaget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is neither a Finnish Y-tunnus (1234567-8) nor a Swiss UID (CHE-123.456.789).</source>
        <translation>&apos;{value}&apos; är varken ett finskt FO-nummer (1234567-8) eller ett schweiziskt UID (CHE-123.456.789).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1234567-8 (seven digits, a dash, a check digit)</source>
        <translation>1234567-8 (sju siffror, ett bindestreck, en kontrollsiffra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHE-123.456.789 (CHE and nine digits, optionally followed by MWST, TVA or IVA)</source>
        <translation>CHE-123.456.789 (CHE och nio siffror, eventuellt följt av MWST, TVA eller IVA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Y-tunnus: it should look like {example}.</source>
        <translation>&apos;{value}&apos; är inget FO-nummer: det ska se ut som {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; cannot be a Y-tunnus: no check digit fits its first seven digits.</source>
        <translation>&apos;{value}&apos; kan inte vara ett FO-nummer: ingen kontrollsiffra passar de sju första siffrorna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of &apos;{value}&apos; should be {expected}; the number may be mistyped.</source>
        <translation>Kontrollsiffran i &apos;{value}&apos; borde vara {expected}; numret kan vara felskrivet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Swiss UID: it should look like {example}.</source>
        <translation>&apos;{value}&apos; är inget schweiziskt UID: det ska se ut som {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of UID &apos;{value}&apos; does not fit its first eight digits; the number may be mistyped.</source>
        <translation>Kontrollsiffran i UID &apos;{value}&apos; passar inte de åtta första siffrorna; numret kan vara felskrivet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma needs a voucher type (e.g. ML for a sales invoice voucher, MU for a memo voucher).</source>
        <translation>Confirma behöver en verifikationstyp (t.ex. ML för en försäljningsfaktura, MU för en memorialverifikation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is missing.</source>
        <translation>Kontot saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{account}&apos; is not an account number (digits only).</source>
        <translation>&apos;{account}&apos; är inget kontonummer (bara siffror).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity accounts are four digits, 1000 to 9999; &apos;{account}&apos; is not.</source>
        <translation>Infinitys konton har fyra siffror, 1000 till 9999; &apos;{account}&apos; har inte det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is not in this profile&apos;s chart of accounts.</source>
        <translation>Konto {account} finns inte i profilens kontoplan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{account}&apos; is written with digits other than 0-9; type the account number with the digits 0-9.</source>
        <translation>&apos;{account}&apos; är skrivet med andra siffror än 0–9; skriv kontonumret med siffrorna 0–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a VAT code of table {table}.</source>
        <translation>&apos;{code}&apos; är ingen momskod i tabellen {table}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT code {code}: {reason}</source>
        <translation>Momskod {code}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown VAT rate class &apos;{rate_class}&apos;.</source>
        <translation>Okänd momssatsklass &apos;{rate_class}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No VAT rate is defined for {day} (rates start {first}).</source>
        <translation>Ingen momssats är fastställd för {day} (satserna börjar {first}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; is not an Infinity tax code.</source>
        <translation>&apos;{code}&apos; är ingen skattekod i Infinity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity has no code {prefix}… for rate class {rate_class}.</source>
        <translation>Infinity har ingen kod {prefix}… för satsklassen {rate_class}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {start}</source>
        <translation>från {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>från {start} till {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({percent} %) applies {span}.</source>
        <translation>{code} ({percent} %) gäller {span}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({percent} %) applies {span}; on {day} use {current}.</source>
        <translation>{code} ({percent} %) gäller {span}; den {day} används {current}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is {length} characters; Infinity accepts at most {limit}.</source>
        <translation>Texten har {length} tecken; Infinity tar emot högst {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter either a debit or a credit on a line, not both.</source>
        <translation>Ange antingen debet eller kredit på en rad, inte båda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is missing: enter a debit or a credit.</source>
        <translation>Beloppet saknas: ange debet eller kredit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{amount}&apos; is not an amount.</source>
        <translation>&apos;{amount}&apos; är inget belopp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is zero.</source>
        <translation>Beloppet är noll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative debit: enter {amount} as a credit instead.</source>
        <translation>Negativ debet: ange {amount} som kredit i stället.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative credit: enter {amount} as a debit instead.</source>
        <translation>Negativ kredit: ange {amount} som debet i stället.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} has more than two decimals.</source>
        <translation>{amount} har fler än två decimaler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} is larger than any amount LedgerDesk accepts ({largest}); check for a pasted number.</source>
        <translation>{amount} är större än något belopp LedgerDesk tar emot ({largest}); kontrollera om ett fel nummer klistrades in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit and credit differ by {difference} (debit {debit}, credit {credit}).</source>
        <translation>Debet och kredit skiljer sig med {difference} (debet {debit}, kredit {credit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity needs a description (1 to 128 characters) on every entry: type a voucher description or a line text.</source>
        <translation>Infinity behöver en beskrivning (1 till 128 tecken) på varje post: skriv en beskrivning för verifikationen eller en radtext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Infinity entry description is one line of at most 128 characters.</source>
        <translation>En posts beskrivning i Infinity är en rad med högst 128 tecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text holds {character}, a character no ledger shows: retype it without it (it may have come with a paste).</source>
        <translation>Texten innehåller {character}, ett tecken som ingen bokföring visar: skriv om texten utan det (det kan ha följt med vid inklistring).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is {ahead} days after today ({today}); vouchers are rarely dated more than {limit} days ahead. Check the year.</source>
        <translation>{day} är {ahead} dagar efter i dag ({today}); verifikationer dateras sällan mer än {limit} dagar framåt. Kontrollera året.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is in fiscal year {year}, more than one fiscal year back (this is {this_year}); that year is usually closed. Check the year.</source>
        <translation>{day} ligger i räkenskapsåret {year}, mer än ett räkenskapsår bakåt (nu är det {this_year}); det året är oftast stängt. Kontrollera året.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line is booked on {day}, in fiscal year {year}; the voucher is dated {voucher_day}, in {voucher_year}. One of the two years is probably mistyped.</source>
        <translation>Raden bokförs den {day}, i räkenskapsåret {year}; verifikationen är daterad {voucher_day}, i {voucher_year}. Ett av de två åren är troligen felskrivet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is booked on {day}, in another month than the voucher date {voucher_day}: its VAT falls in that month&apos;s return.</source>
        <translation>Raden bokförs den {day}, i en annan månad än verifikationsdatumet {voucher_day}: dess moms hör till den månadens deklaration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Either type an exchange rate or use Infinity&apos;s rate for {currency}, not both.</source>
        <translation>Skriv antingen en växelkurs eller använd Infinitys kurs för {currency}, inte båda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher is in {currency}; the profile keeps its books in {home}. Type an exchange rate ({home} per 1 {currency}) as the voucher&apos;s rate (Rate in the window, &quot;exchange_rate&quot; in a file), or &quot;target&quot; there to use Infinity&apos;s own rate on the voucher date.</source>
        <translation>Verifikationen är i {currency}; profilens bokföring är i {home}. Skriv en växelkurs ({home} per 1 {currency}) som verifikationens kurs (Kurs i fönstret, &quot;exchange_rate&quot; i en fil), eller &quot;target&quot; där för att använda Infinitys egen kurs på verifikationsdatumet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infinity takes one debit and one credit account per entry and one tax code per entry; {amount} of this line has no line without a VAT code on the other side to pair with.</source>
        <translation>Infinity tar ett debet- och ett kreditkonto och en skattekod per post; för {amount} av den här raden finns ingen rad utan momskod på andra sidan att para ihop med.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is sent to Infinity as {pieces} entries; Infinity computes VAT per entry, so its VAT may differ from the VAT shown here by a cent.</source>
        <translation>Raden skickas till Infinity som {pieces} poster; Infinity räknar momsen per post, så dess moms kan skilja sig en cent från momsen som visas här.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity&apos;s ledger entries have no voucher number: {number} is not sent and stays in LedgerDesk only.</source>
        <translation>Infinitys poster har inget verifikationsnummer: {number} skickas inte och stannar i LedgerDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no voucher type: {type} is not sent.</source>
        <translation>Infinitys poster har ingen verifikationstyp: {type} skickas inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma takes euros only and has no exchange rate: {rate} is not sent.</source>
        <translation>Confirma tar bara euro och har ingen växelkurs: {rate} skickas inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no project: project {project} is not sent.</source>
        <translation>Infinitys poster har inget projekt: projekt {project} skickas inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no dimensions: {name} ({kind}) {value} is not sent.</source>
        <translation>Infinitys poster har inga dimensioner: {name} ({kind}) {value} skickas inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one text per entry: this line&apos;s text is not sent; its entry goes with &apos;{text}&apos;.</source>
        <translation>Infinity har en text per post: radens text skickas inte; dess post får texten &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one date per entry: this line&apos;s date {day} is not sent; its entry is dated {entry_day}.</source>
        <translation>Infinity har ett datum per post: radens datum {day} skickas inte; dess post dateras {entry_day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one date per entry: this line&apos;s date {day} is not sent; its entry is dated without a date.</source>
        <translation>Infinity har ett datum per post: radens datum {day} skickas inte; dess post får inget datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity keeps one text per entry and takes the lines&apos; texts: the voucher description is not sent.</source>
        <translation>Infinity har en text per post och tar radernas texter: verifikationens beskrivning skickas inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no identifier; LedgerDesk derived one from its content, so this file is never posted twice. Give it an &quot;identifier&quot; to post an identical voucher again.</source>
        <translation>Filen har ingen identifierare; LedgerDesk härledde en ur innehållet, så filen skickas aldrig två gånger. Ge den en &quot;identifier&quot; för att skicka en likadan verifikation igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a valid date (YYYY-MM-DD).</source>
        <translation>{text} är inget giltigt datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date in the calendar.</source>
        <translation>&apos;{text}&apos; är inget datum i kalendern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date (e.g. 12.12.2025, 2025-12-12, t for today, +1).</source>
        <translation>&apos;{text}&apos; är inget datum (t.ex. 12.12.2025, 2025-12-12, t för i dag, +1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account}&apos;s default VAT code {code} is the {percent} % class. Since {since}, {products} are in the {new_percent} % class{codes}; on {day} {code} covers {covers}. Check this line and the account&apos;s default code.</source>
        <translation>Kontots {account} standardmomskod {code} hör till {percent} %-klassen. Sedan {since} hör {products} till {new_percent} %-klassen{codes}; den {day} omfattar {code}: {covers}. Kontrollera raden och kontots standardkod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>less than before</source>
        <translation>mindre än förut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost centre</source>
        <translation>kostnadsställe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a VAT mode: gross or net.</source>
        <translation>&apos;{text}&apos; är inget momssätt: brutto eller netto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No net amount closes the difference exactly at {rate}: {net} net makes {gross} with VAT, {off} off.</source>
        <translation>Inget nettobelopp stänger differensen exakt med {rate}: {net} netto blir {gross} med moms, {off} fel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount is empty.</source>
        <translation>Beloppet är tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; är inget belopp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has more than one decimal separator.</source>
        <translation>&apos;{text}&apos; har mer än ett decimaltecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; mixes separators after the decimals.</source>
        <translation>&apos;{text}&apos; blandar avgränsare efter decimalerna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is too long to be an amount.</source>
        <translation>Det är för långt för att vara ett belopp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an amount (e.g. 1 234,56 or 100+25,50).</source>
        <translation>&apos;{text}&apos; är inget belopp (t.ex. 1 234,56 eller 100+25,50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has misplaced thousands separators.</source>
        <translation>&apos;{text}&apos; har tusentalsavgränsare på fel ställen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is ambiguous in a cell that reads {example}: type {thousands} for the thousands, or {decimals}.</source>
        <translation>&apos;{text}&apos; är tvetydigt i en cell som läser {example}: skriv {thousands} för tusental, eller {decimals}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not an amount or a sum (e.g. 100+25,50).</source>
        <translation>&apos;{text}&apos; är inget belopp och ingen summa (t.ex. 100+25,50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; divides by zero.</source>
        <translation>&apos;{text}&apos; delar med noll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos;: brackets already mean a negative amount; leave out the minus.</source>
        <translation>&apos;{text}&apos;: parentesen betyder redan ett negativt belopp; ta bort minustecknet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; är inget tal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like voucher {number}, posted on {day} with the same date, total and accounts. Check that it is not entered twice.</source>
        <translation>Det här ser ut som verifikation {number}, bokförd {day} med samma datum, summa och konton. Kontrollera att den inte har matats in två gånger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This looks like submission {submission}, posted on {day} with the same date, total and accounts. Check that it is not entered twice.</source>
        <translation>Det här ser ut som sändning {submission}, bokförd {day} med samma datum, summa och konton. Kontrollera att det inte har matats in två gånger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number {number} is already used by submission {submission} ({state}) of this profile; sending this voucher could book it twice. Give it another number, or pass --allow-number-reuse if it really is another voucher.</source>
        <translation>Nummer {number} används redan av profilens sändning {submission} ({state}); att skicka verifikationen kunde bokföra den två gånger. Ge den ett annat nummer, eller använd --allow-number-reuse om det verkligen är en annan verifikation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voucher has errors; nothing was queued.</source>
        <translation>Verifikationen har fel; inget köades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher number is in use; nothing was queued.</source>
        <translation>Verifikationsnumret används redan; inget köades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher is already in the outbox.</source>
        <translation>Verifikationen finns redan i utkorgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued.</source>
        <translation>Köad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries already booked in Infinity would change; nothing was queued.</source>
        <translation>Poster som redan bokförts i Infinity skulle ändras; inget köades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued again.</source>
        <translation>Köad igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued again; {count} entry already booked is not sent again.</source>
        <translation>Köad igen; {count} redan bokförd post skickas inte igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued again; {count} entries already booked are not sent again.</source>
        <translation>Köad igen; {count} redan bokförda poster skickas inte igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued as the correction of voucher {voucher} (submission {submission}), which Infinity partly refused; {count} entry it booked is not sent again.</source>
        <translation>Köad som rättelse av verifikation {voucher} (sändning {submission}), som Infinity delvis avvisade; {count} post den bokförde skickas inte igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued as the correction of voucher {voucher} (submission {submission}), which Infinity partly refused; {count} entries it booked are not sent again.</source>
        <translation>Köad som rättelse av verifikation {voucher} (sändning {submission}), som Infinity delvis avvisade; {count} poster den bokförde skickas inte igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every entry of this voucher was already booked.</source>
        <translation>Alla verifikationens poster var redan bokförda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the outbox ({state}).</source>
        <translation>Redan i utkorgen ({state}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher was already posted (submission {submission}, {state}); it is not sent twice.</source>
        <translation>Verifikationen är redan skickad (sändning {submission}, {state}); den skickas inte två gånger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {entry} is already booked in Infinity ({debit_account} / {credit_account}, {amount} {currency}, {day}) and the corrected voucher no longer contains it unchanged. Keep that entry as booked and correct only the refused one, or book a reversal of it.</source>
        <translation>Post {entry} är redan bokförd i Infinity ({debit_account} / {credit_account}, {amount} {currency}, {day}) och den rättade verifikationen innehåller den inte längre oförändrad. Låt den posten stå som bokförd och rätta bara den avvisade, eller bokför en rättelse av den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirma refused {path}: {said}</source>
        <translation>Confirma avvisade {path}: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma refused {path}.</source>
        <translation>Confirma avvisade {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (on the VAT row derived from this line)</source>
        <translation>{reason} (på momsraden som härleds från raden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity refused {name}{code}: {said}</source>
        <translation>Infinity avvisade {name}{code}: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity refused {name}{code}.</source>
        <translation>Infinity avvisade {name}{code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debit account</source>
        <translation>debetkontot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit account</source>
        <translation>kreditkontot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount</source>
        <translation>beloppet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>datumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency</source>
        <translation>valutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exchange rate</source>
        <translation>växelkursen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VAT code</source>
        <translation>momskoden</translation>
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
        <translation>rad {line}, {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header, {field}</source>
        <translation>huvud, {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service accepted the request.</source>
        <translation>Tjänsten tog emot begäran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was refused: it is not valid for this service and environment. Check the key stored in the profile.</source>
        <translation>API-nyckeln avvisades: den gäller inte för den här tjänsten och miljön. Kontrollera nyckeln som sparats i profilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key has expired. Renew it, or ask the service for a new one.</source>
        <translation>API-nyckeln har gått ut. Förnya den, eller be tjänsten om en ny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was refused, and the service did not say why.</source>
        <translation>API-nyckeln avvisades, och tjänsten sade inte varför.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused the voucher (HTTP {status}).</source>
        <translation>Tjänsten avvisade verifikationen (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused the voucher (HTTP {status}, code {code}).</source>
        <translation>Tjänsten avvisade verifikationen (HTTP {status}, kod {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It said: {said}</source>
        <translation>Tjänstens svar: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: {places}.</source>
        <translation>Kontrollera: {places}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields it named: {fields}.</source>
        <translation>Fält som tjänsten nämnde: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer: {excerpt}</source>
        <translation>Tjänstens svar: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service says too many requests were sent. The request was not processed; try again in {wait}.</source>
        <translation>Tjänsten säger att för många begäranden skickades. Begäran behandlades inte; försök igen om {wait}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service says too many requests were sent. The request was not processed; try again later.</source>
        <translation>Tjänsten säger att för många begäranden skickades. Begäran behandlades inte; försök igen senare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LedgerDesk held the request back to stay inside the service&apos;s hourly limit. The request was not processed; try again in {wait}.</source>
        <translation>LedgerDesk höll tillbaka begäran för att hålla sig inom tjänstens timgräns. Begäran behandlades inte; försök igen om {wait}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LedgerDesk held the request back to stay inside the service&apos;s hourly limit. The request was not processed; try again later.</source>
        <translation>LedgerDesk höll tillbaka begäran för att hålla sig inom tjänstens timgräns. Begäran behandlades inte; försök igen senare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service had a temporary problem: {reason}</source>
        <translation>Tjänsten hade ett tillfälligt problem: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status} {phrase}, as a web page: {excerpt}</source>
        <translation>HTTP {status} {phrase}, som webbsida: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status} {phrase}, as an unreadable answer: {excerpt}</source>
        <translation>HTTP {status} {phrase}, som oläsligt svar: {excerpt}</translation>
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
        <translation>Tjänsten gav ett svar som LedgerDesk inte kan läsa (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head} Its answer began: {excerpt}</source>
        <translation>{head} Svaret började: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Inget skickades: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not known whether the service received this: {reason}. {advice}</source>
        <translation>Det är inte känt om tjänsten tog emot detta: {reason}. {advice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in the service whether it arrived before sending it again.</source>
        <translation>Kontrollera i tjänsten om den kom fram innan du skickar den igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API key of profile &apos;{profile}&apos; could not be read: {reason}</source>
        <translation>API-nyckeln för profilen &apos;{profile}&apos; kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API key of profile &apos;{profile}&apos; is empty or contains spaces or characters that cannot be sent; enter it again.</source>
        <translation>API-nyckeln för profilen &apos;{profile}&apos; är tom eller innehåller mellanslag eller tecken som inte kan skickas; ange den igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key to try contains characters that cannot be sent.</source>
        <translation>nyckeln som ska provas innehåller tecken som inte kan skickas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not accept a connection within {seconds} s</source>
        <translation>tjänsten tog inte emot en anslutning inom {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection became free in time</source>
        <translation>ingen anslutning blev ledig i tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s certificate could not be verified ({detail}); the connection was refused to protect the key</source>
        <translation>tjänstens certifikat kunde inte verifieras ({detail}); anslutningen stoppades för att skydda nyckeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not connect to the service ({detail})</source>
        <translation>kunde inte ansluta till tjänsten ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request could not be prepared ({detail})</source>
        <translation>begäran kunde inte förberedas ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer came within {seconds} s</source>
        <translation>inget svar kom inom {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending the request took too long and was abandoned part way</source>
        <translation>att skicka begäran tog för lång tid och avbröts halvvägs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed before a complete answer came ({detail})</source>
        <translation>anslutningen stängdes innan ett fullständigt svar kom ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection broke ({detail})</source>
        <translation>anslutningen bröts ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service&apos;s answer could not be decoded ({detail}).</source>
        <translation>Tjänstens svar kunde inte avkodas ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{service} redirected the request elsewhere (HTTP {status}); it was not followed. Check the profile&apos;s address</source>
        <translation>{service} omdirigerade begäran (HTTP {status}); omdirigeringen följdes inte. Kontrollera profilens adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answers at this address (HTTP {status}). Check the profile&apos;s address</source>
        <translation>ingenting svarar på den här adressen (HTTP {status}). Kontrollera profilens adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} gave up waiting for the request (HTTP 408)</source>
        <translation>{service} slutade vänta på begäran (HTTP 408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher is too large for {service} to take in one request (HTTP 413 Payload Too Large). Split it into smaller vouchers.</source>
        <translation>Verifikationen är för stor för att {service} ska ta emot den i en begäran (HTTP 413 Payload Too Large). Dela upp den i mindre verifikationer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} said: {said}</source>
        <translation>Svar från {service}: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attempt was made</source>
        <translation>inget försök gjordes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the voucher does not fit Confirma&apos;s format: {problems}</source>
        <translation>verifikationen passar inte Confirmas format: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry does not fit Infinity&apos;s format: {problems}</source>
        <translation>posten passar inte Infinitys format: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on Linux install and unlock GNOME Keyring or KWallet (Secret Service) in your desktop session; on Windows and macOS the system keyring is built in</source>
        <translation>på Linux installerar och låser du upp GNOME Keyring eller KWallet (Secret Service) i din skrivbordssession; i Windows och macOS är systemets nyckelring inbyggd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No OS keyring is available: {hint}, then try again.</source>
        <translation>Ingen nyckelring i operativsystemet är tillgänglig: {hint}, och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The only keyring available ({backend}) keeps API keys unencrypted in a file, so LedgerDesk will not use it: {hint}. To accept unencrypted keys anyway, set {variable}=1.</source>
        <translation>Den enda tillgängliga nyckelringen ({backend}) sparar API-nycklar okrypterade i en fil, så LedgerDesk använder den inte: {hint}. Om du ändå godtar okrypterade nycklar, sätt {variable}=1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OS keyring is locked (or the unlock prompt was dismissed): unlock it, for example by logging in to your desktop session or opening your keyring app, then try again.</source>
        <translation>Operativsystemets nyckelring är låst (eller så stängdes frågan om att låsa upp): lås upp den, till exempel genom att logga in i skrivbordssessionen eller öppna nyckelringsappen, och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OS keyring refused LedgerDesk access to the API key: allow access when the keyring asks, or check its access settings, then try again.</source>
        <translation>Operativsystemets nyckelring nekade LedgerDesk åtkomst till API-nyckeln: tillåt åtkomst när nyckelringen frågar, eller kontrollera dess åtkomstinställningen, och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} (Keyring said: {detail})</source>
        <translation>{text} (Nyckelringen sade: {detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring did not answer within {seconds} s (it may have stopped, or be waiting for an unlock prompt that cannot be shown): restart it (log out of your desktop session and back in, or restart GNOME Keyring or KWallet), unlock it, then try again.</source>
        <translation>Operativsystemets nyckelring svarade inte inom {seconds} s (den kan ha stannat eller vänta på en upplåsningsfråga som inte kan visas): starta om den (logga ut ur skrivbordssessionen och in igen, eller starta om GNOME Keyring eller KWallet), lås upp den och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} Nothing was sent; vouchers already in the outbox stay queued. Send again once the keyring answers.</source>
        <translation>{problem} Inget skickades; verifikationer som redan finns i utkorgen står kvar i kö. Skicka igen när nyckelringen svarar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key stored for profile {profile}: run `ledgerdesk profile set-key {profile}` (or `ledgerdesk profile add ...` for a new profile) or set it in Profiles.</source>
        <translation>Ingen API-nyckel sparad för profilen {profile}: kör `ledgerdesk profile set-key {profile}` (eller `ledgerdesk profile add ...` för en ny profil) eller ange den under Profiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity documents no way to renew a key: create a new token in Infinity and store it here.</source>
        <translation>Infinity dokumenterar inget sätt att förnya en nyckel: skapa en ny token i Infinity och spara den här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma issued a new key, but the keyring could not store it: {reason} The old key is still stored; renew again once the keyring works.</source>
        <translation>Confirma utfärdade en ny nyckel, men nyckelringen kunde inte spara den: {reason} Den gamla nyckeln finns kvar; förnya igen när nyckelringen fungerar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{said} It is stored in {keyring} in place of the old one.</source>
        <translation>{said} Den är sparad i {keyring} i stället för den gamla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the settings file {path}: {detail}.</source>
        <translation>Inställningsfilen {path} kan inte läsas: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the settings file {path}: {detail}. It has not been replaced.</source>
        <translation>Inställningsfilen {path} kan inte läsas: {detail}. Den har inte ersatts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} holds values LedgerDesk cannot use ({detail}). It has been left as it is: correct it, or move it aside to start with no profiles.</source>
        <translation>Inställningsfilen {path} innehåller värden som LedgerDesk inte kan använda ({detail}). Den har lämnats orörd: rätta den, eller flytta undan den för att börja utan profiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} is damaged (not valid JSON: {detail} at line {line}). It has been left as it is: repair it, or move it aside to start with no profiles.</source>
        <translation>Inställningsfilen {path} är skadad (ogiltig JSON: {detail} på rad {line}). Den har lämnats orörd: reparera den, eller flytta undan den för att börja utan profiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} is damaged ({detail}). It has been left as it is: repair it, or move it aside to start with no profiles.</source>
        <translation>Inställningsfilen {path} är skadad ({detail}). Den har lämnats orörd: reparera den, eller flytta undan den för att börja utan profiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} was written by a newer LedgerDesk (settings version {version}; this version reads up to {newest}). Update LedgerDesk. The file has been left as it is.</source>
        <translation>Inställningsfilen {path} skrevs av en nyare LedgerDesk (inställningsversion {version}; den här versionen läser upp till {newest}). Uppdatera LedgerDesk. Filen har lämnats orörd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirma did not list it after {attempts} attempts; check its status before sending it again.</source>
        <translation>Confirma listade den inte efter {attempts} försök; kontrollera dess status innan du skickar den igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma queued the voucher; it is sent on to the accounting system shortly.</source>
        <translation>Confirma köade verifikationen; den skickas vidare till bokföringssystemet inom kort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued, not yet in the accounting system</source>
        <translation>köad, ännu inte i bokföringssystemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the accounting system</source>
        <translation>i bokföringssystemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the accounting system since {since}</source>
        <translation>i bokföringssystemet sedan {since}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed to reach the accounting system</source>
        <translation>nådde inte bokföringssystemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words}: {description}</source>
        <translation>{words}: {description}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma has the voucher ({status}).</source>
        <translation>Confirma har verifikationen ({status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma answered OK in a form LedgerDesk cannot read.</source>
        <translation>Confirma svarade OK i en form som LedgerDesk inte kan läsa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma refused this key for this request (HTTP 403)</source>
        <translation>Confirma avvisade nyckeln för den här begäran (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma redirected the request (HTTP {status}); check the profile&apos;s address.</source>
        <translation>Confirma omdirigerade begäran (HTTP {status}); kontrollera profilens adress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key was refused although Confirma&apos;s validation accepts it</source>
        <translation>nyckeln avvisades fast Confirmas kontroll godtar den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma lists no vouchers.</source>
        <translation>Confirma listar inga verifikationer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma lists {count} vouchers.</source>
        <translation>Confirma listar {count} verifikationer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s status list cannot be read.</source>
        <translation>Confirmas statuslista kan inte läsas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s key validation answer cannot be read.</source>
        <translation>Svaret från Confirmas nyckelkontroll kan inte läsas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma accepts the key.</source>
        <translation>Confirma godtar nyckeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s renewal answer cannot be read.</source>
        <translation>Confirmas svar på förnyelsen kan inte läsas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma renewed the key.</source>
        <translation>Confirma förnyade nyckeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{said}</source>
        <translation>Confirmas svar: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new key was found in Confirma&apos;s answer; the stored key stays in use.</source>
        <translation>Ingen ny nyckel hittades i Confirmas svar; den sparade nyckeln används fortfarande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma&apos;s new key was not accepted by validation; the stored key stays in use. {reason}</source>
        <translation>Confirmas kontroll godtog inte den nya nyckeln; den sparade nyckeln används fortfarande. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma issued a new key and accepts it.</source>
        <translation>Confirma utfärdade en ny nyckel och godtar den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s status list could not be read either ({reason}); check the voucher&apos;s status before sending it again.</source>
        <translation>Inte heller Confirmas statuslista kunde läsas ({reason}); kontrollera verifikationens status innan du skickar den igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity cannot be asked whether an entry arrived; look at the unreviewed entries in Infinity before sending it again, or it may be booked twice.</source>
        <translation>Infinity kan inte tillfrågas om en post kom fram; titta på de ogranskade posterna i Infinity innan du skickar den igen, annars kan den bokföras två gånger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity accepts the key (it answered a request to read contacts).</source>
        <translation>Infinity godtar nyckeln (den svarade på en begäran att läsa kontakter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity refused this key for reading contacts (HTTP 403)</source>
        <translation>Infinity avvisade nyckeln för att läsa kontakter (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity refused this key for this request (HTTP 403)</source>
        <translation>Infinity avvisade nyckeln för den här begäran (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity answered HTTP {status} at this address; check the profile&apos;s address.</source>
        <translation>Infinity svarade HTTP {status} på den här adressen; kontrollera profilens adress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity answered OK (HTTP {status}) in a form LedgerDesk cannot read; the entry was probably booked. {advice}</source>
        <translation>Infinity svarade OK (HTTP {status}) i en form som LedgerDesk inte kan läsa; posten bokfördes troligen. {advice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry may or may not be booked. {advice}</source>
        <translation>Posten kan ha bokförts eller inte. {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry {entry} of {total} booked.</source>
        <translation>Post {entry} av {total} bokförd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission {submission} belongs to profile {owner} ({target}); it is not sent with profile {profile}.</source>
        <translation>Sändning {submission} hör till profilen {owner} ({target}); den skickas inte med profilen {profile}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is {state}.</source>
        <translation>Status: {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{booked} Booked differently from the preview: {differences}.</source>
        <translation>{booked} Bokfört annorlunda än förhandsvisningen: {differences}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Infinity booked the entry: {count} transaction(s), net {net}{currency}, VAT {vat}{currency}.</source>
        <translation>Infinity bokförde posten: {count} transaktion(er), netto {net}{currency}, moms {vat}{currency}.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Infinity booked all {entries} entries: {count} transaction(s), net {net}{currency}, VAT {vat}{currency}.</source>
        <translation>Infinity bokförde alla {entries} poster: {count} transaktion(er), netto {net}{currency}, moms {vat}{currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {entry} of this voucher is already booked in Infinity; correct the refused entry and send again, and only the entries not yet booked are sent.</source>
        <translation>Post {entry} i verifikationen är redan bokförd i Infinity; rätta den avvisade posten och skicka igen, så skickas bara de poster som inte är bokförda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries {entries} of this voucher are already booked in Infinity; correct the refused entry and send again, and only the entries not yet booked are sent.</source>
        <translation>Posterna {entries} i verifikationen är redan bokförda i Infinity; rätta den avvisade posten och skicka igen, så skickas bara de poster som inte är bokförda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity booked the entry: {count} transaction(s), net {net}{currency}.</source>
        <translation>Infinity bokförde posten: {count} transaktion(er), netto {net}{currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LedgerDesk stopped while sending this voucher; its outcome is not known yet.</source>
        <translation>LedgerDesk stannade medan verifikationen skickades; utfallet är ännu inte känt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop lost the team database for longer than its claim on the voucher, and another desktop has settled it meanwhile: it is {state} now. The answer that came here ({answer}) is kept in the audit log.</source>
        <translation>Den här arbetsstationen tappade teamdatabasen längre än dess reservation av verifikatet varade, och en annan arbetsstation har under tiden avgjort det: det är nu {state}. Svaret som kom hit ({answer}) finns kvar i granskningsloggen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked as posted by the bookkeeper.</source>
        <translation>Markerad som bokförd av bokföraren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the bookkeeper; nothing of it was booked.</source>
        <translation>Återkallad av bokföraren; inget av den bokfördes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_templates.py" line="+9"/>
        <source>{file} was not attached: there is no such file.</source>
        <translation>{file} bifogades inte: det finns ingen sådan fil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it cannot be read ({reason}).</source>
        <translation>{file} bifogades inte: den kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it is a folder; attach the files in it one by one.</source>
        <translation>{file} bifogades inte: det är en mapp; bifoga filerna i den en i taget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not attached: it is not a regular file (a pipe, device or socket).</source>
        <translation>{file} bifogades inte: det är ingen vanlig fil (utan ett rör, en enhet eller en socket).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not attached: it is empty (0 bytes).</source>
        <translation>{file} bifogades inte: den är tom (0 byte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it is {size} MB; a source document may be at most {limit} MB. Scan it at a lower resolution or split it.</source>
        <translation>{file} bifogades inte: den är {size} MB; ett underlag får vara högst {limit} MB. Skanna den med lägre upplösning eller dela upp den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached {file} to the voucher. Source documents stay with the firm: they are not sent to {target}.</source>
        <translation>{file} bifogades till verifikationen. Underlag stannar hos byrån: de skickas inte till {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached {file} to the voucher; the same document is already kept for another voucher and is stored once. Source documents stay with the firm: they are not sent to {target}.</source>
        <translation>{file} bifogades till verifikationen; samma underlag finns redan för en annan verifikation och sparas bara en gång. Underlag stannar hos byrån: de skickas inte till {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is already attached to this voucher.</source>
        <translation>{file} är redan bifogad till den här verifikationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {file} from the voucher.</source>
        <translation>{file} togs bort från verifikationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} stays with the voucher: it has been submitted, and its source documents stay with what was posted.</source>
        <translation>{file} stannar kvar på verifikationen: den har skickats, och dess underlag stannar med det som bokfördes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source document {file} is no longer stored.</source>
        <translation>Underlaget {file} finns inte längre sparat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be opened: {reason}</source>
        <translation>{file} kunde inte öppnas: {reason}</translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <location filename="../../app/ui/outcome_bar.py" line="+22"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome message</source>
        <translation>Resultatmeddelande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Obs</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../app/ui/paste_dialog.py" line="+25"/>
        <source>Amount (signed)</source>
        <translation>Belopp (med tecken)</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+2"/>
        <source>Paste rows — preview</source>
        <translation>Klistra in rader — förhandsgranskning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns were recognised from the header row.</source>
        <translation>Kolumnerna kändes igen från rubrikraden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header row: columns are read in the grid&apos;s order.</source>
        <translation>Ingen rubrikrad: kolumnerna läses i rutnätets ordning.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) read from the clipboard.</source>
        <translation>
            <numerusform>%n rad lästes från urklipp.</numerusform>
            <numerusform>%n rader lästes från urklipp.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix a red cell here (F2 or type over it), or insert as is: the problems stay flagged in the grid.</source>
        <translation>Rätta en röd cell här (F2 eller skriv över den), eller infoga som den är: problemen förblir markerade i rutnätet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted columns:</source>
        <translation>Inklistrade kolumner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field of pasted column {number}</source>
        <translation>Fält för inklistrad kolumn {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}: not used</source>
        <translation>{number}: används inte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pasted rows</source>
        <translation>Inklistrade rader</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}, {bad} with problems.</source>
        <translation>{rows}, varav {bad} med problem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}, no problems.</source>
        <translation>{rows}, inga problem.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Insert %n line(s)</source>
        <translation>
            <numerusform>Infoga %n rad</numerusform>
            <numerusform>Infoga %n rader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{insert} ({flagged} flagged)</source>
        <translation>{insert} ({flagged} markerade)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clipboard holds no rows to paste.</source>
        <translation>Urklipp innehåller inga rader att klistra in.</translation>
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
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../app/ui/profiles/form.py" line="+46"/>
        <source>sandbox (practice)</source>
        <translation>sandlåda (övning)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staging (the vendor&apos;s test system)</source>
        <translation>staging (leverantörens testsystem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production (real entries)</source>
        <translation>produktion (riktiga bokföringar)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Finnish business ID, e.g. 0737546-2</source>
        <translation>FO-nummer, t.ex. 0737546-2</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>x-api-token: &lt;key&gt; (current documentation)</source>
        <translation>x-api-token: &lt;nyckel&gt; (nuvarande dokumentation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer &lt;key&gt; (older beta page)</source>
        <translation>Authorization: Bearer &lt;nyckel&gt; (äldre betasida)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send explicit &amp;VAT rows (as Confirma&apos;s documented example does)</source>
        <translation>Skicka separata moms&amp;rader (som Confirmas dokumenterade exempel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paste the API key: it goes straight to the OS keyring</source>
        <translation>klistra in API-nyckeln: den går direkt till operativsystemets nyckelring</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VAT codes</source>
        <translation>Momskoder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment</source>
        <translation>Mil&amp;jö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL</source>
        <translation>Bas-&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fiscal year starts in</source>
        <translation>Räkenskapsåret &amp;börjar i</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chart of accounts: none imported; accounts are not checked. Import the company&apos;s chart, or start with the bundled one.</source>
        <translation>Kontoplan: ingen importerad; konton kontrolleras inte. Importera företagets kontoplan eller börja med den medföljande.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Compan&amp;y (UID)</source>
        <translation>&amp;Företag (UID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss UID, e.g. CHE-116.281.710</source>
        <translation>Schweiziskt UID-nummer, t.ex. CHE-116.281.710</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compan&amp;y (Y-tunnus)</source>
        <translation>&amp;Företag (FO-nummer)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Auth header</source>
        <translation>Autentiseringshu&amp;vud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key</source>
        <translation>API-n&amp;yckel</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Chart of accounts: import one after saving (accounts are not checked without a chart).</source>
        <translation>Kontoplan: importera en efter att du sparat (konton kontrolleras inte utan kontoplan).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Chart of accounts: %n account(s) imported.</source>
        <translation>
            <numerusform>Kontoplan: %n konto importerat.</numerusform>
            <numerusform>Kontoplan: %n konton importerade.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VAT codes — this profile&apos;s table (read-only)</source>
        <translation>Momskoder — profilens egen tabell (skrivskyddad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT codes — the bundled default for {target} (read-only)</source>
        <translation>Momskoder — standardtabellen för {target} (skrivskyddad)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{target} documents no {environment} server: type its address</source>
        <translation>{target} dokumenterar ingen {environment}-server: skriv dess adress</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Warning: {problem}</source>
        <translation>Varning: {problem}</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../app/ui/profiles/dialog.py" line="+45"/>
        <source>LedgerDesk — Profiles</source>
        <translation>LedgerDesk — Profiler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New &amp;profile</source>
        <translation>Ny &amp;profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation>Testa &amp;anslutningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w key…</source>
        <translation>Förnya nyc&amp;keln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import c&amp;hart…</source>
        <translation>&amp;Importera kontoplan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;bundled chart</source>
        <translation>Använd me&amp;dföljande kontoplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;ler</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Key: checking the keyring…</source>
        <translation>Nyckel: kontrollerar nyckelringen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key: stored in {keyring}</source>
        <translation>Nyckel: sparad i {keyring}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: none needed — LedgerDesk&apos;s sandbox on this computer takes its public key; a key stored here would be used instead.</source>
        <translation>Nyckel: behövs inte — LedgerDesks sandlåda på den här datorn tar sin publika nyckel; en nyckel som sparas här används i stället.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: NOT stored — paste it above and save.</source>
        <translation>Nyckel: INTE sparad — klistra in den ovan och spara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: no key on this computer — add yours: paste it above and save.</source>
        <translation>Nyckel: ingen nyckel på den här datorn — lägg till din egen: klistra in den ovan och spara.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A profile called &apos;{name}&apos; already exists.</source>
        <translation>En profil med namnet &apos;{name}&apos; finns redan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the profile&apos;s API key first: it is stored in the OS keyring, never in a file.</source>
        <translation>Klistra först in profilens API-nyckel: den sparas i operativsystemets nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {name}.</source>
        <translation>{name} sparad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its API key is stored in {backend}.</source>
        <translation>Dess API-nyckel är sparad i {backend}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key was not kept anywhere: paste it again.</source>
        <translation>Nyckeln sparades ingenstans: klistra in den igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {problem}</source>
        <translation>Inte sparad: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drafts are open on {name}: send or close them, or move them to another profile (Alt+P in the draft), then remove it.</source>
        <translation>Det finns öppna utkast för {name}: skicka eller stäng dem, eller flytta dem till en annan profil (Alt+P i utkastet), och ta sedan bort profilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove {name} for the whole office, and delete your API key of it from this computer&apos;s keyring? Colleagues&apos; keys stay in their keyrings; vouchers already sent stay in the review list.</source>
        <translation>Ta bort {name} för hela byrån och radera din API-nyckel för den ur den här datorns nyckelring? Kollegornas nycklar blir kvar i deras nyckelringar; redan skickade verifikat blir kvar i granskningslistan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove {name} and delete its API key from the keyring? Vouchers already sent stay in the review list.</source>
        <translation>Ta bort {name} och radera dess API-nyckel ur nyckelringen? Redan skickade verifikationer finns kvar i listan över skickade.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not removed: {problem}</source>
        <translation>Inte borttagen: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name} and its API key.</source>
        <translation>{name} och dess API-nyckel har tagits bort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking {target} whether it accepts the stored key…</source>
        <translation>Frågar {target} om den godtar den sparade nyckeln…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renew key</source>
        <translation>Förnya nyckeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Confirma for a new API key for {name}? The new key is stored only after Confirma accepts it; otherwise the current key stays.</source>
        <translation>Be Confirma om en ny API-nyckel för {name}? Den nya nyckeln sparas först när Confirma godtar den; annars behålls den nuvarande nyckeln.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Confirma for a new key…</source>
        <translation>Ber Confirma om en ny nyckel…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of accounts for {name}</source>
        <translation>Kontoplan för {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Kalkylbladsexporter (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} cannot be read: {problem}</source>
        <translation>{file} kan inte läsas: {problem}</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+14"/>
        <source>The chart was not imported: {problem}</source>
        <translation>Kontoplanen importerades inte: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n account(s) into {name}&apos;s chart.</source>
        <translation>
            <numerusform>%n konto importerades till kontoplanen för {name}.</numerusform>
            <numerusform>%n konton importerades till kontoplanen för {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringNote</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="+397"/>
        <source>Recurring vouchers could not be made into drafts; the log has the details (Help ▸ Diagnostics).</source>
        <translation>Återkommande verifikationer kunde inte göras till utkast; loggen har detaljerna (Hjälp ▸ Felsökning).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n recurring voucher(s) are due: they are open as drafts, not sent.</source>
        <translation>
            <numerusform>%n återkommande verifikation har förfallit: den är öppnad som utkast, inte skickad.</numerusform>
            <numerusform>%n återkommande verifikationer har förfallit: de är öppnade som utkast, inte skickade.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template could not be read: {reason}</source>
        <translation>En mall kunde inte läsas: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../app/ui/review/resolve_dialog.py" line="+32"/>
        <source>Decide: voucher {number}</source>
        <translation>Besluta: verifikation {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity has no way to list what it booked, so LedgerDesk cannot check. Look in Infinity for entries of {date} with the description below: if they are there, choose “It was posted”; if not, “Send it again”.</source>
        <translation>Infinity kan inte lista vad den har bokfört, så LedgerDesk kan inte kontrollera. Leta i Infinity efter poster från {date} med beskrivningen nedan: finns de där, välj ”Den bokfördes”; annars ”Skicka igen”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirma&apos;s status list did not settle it. Look in the accounting system: if the voucher is there, choose “It was posted”; if not, “Send it again” (same identifier).</source>
        <translation>Confirmas statuslista avgjorde det inte. Titta i bokföringssystemet: finns verifikationen där, välj ”Den bokfördes”; annars ”Skicka igen” (samma identifierare).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Voucher {number}&lt;/b&gt; · {date} · {description}&lt;br&gt;It was being sent to {target} ({profile}) and no clear answer came back: {detail}</source>
        <translation>&lt;b&gt;Verifikation {number}&lt;/b&gt; · {date} · {description}&lt;br&gt;Den höll på att skickas till {target} ({profile}) och inget klart svar kom: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— The requests and where each stands —</source>
        <translation>— Förfrågningarna och var var och en står —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It &amp;was posted</source>
        <translation>Den &amp;bokfördes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>&amp;Skicka igen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the audit log holds (exact bodies):</source>
        <translation>Vad granskningsloggen innehåller (exakta meddelanden):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark voucher {number} as posted?

LedgerDesk will record your decision in the audit log and will never send it again.</source>
        <translation>Markera verifikation {number} som bokförd?

LedgerDesk skriver ditt beslut i granskningsloggen och skickar den aldrig igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send voucher {number} again?

If it did reach the target, it will be booked twice: send again only if you checked that it is not there.</source>
        <translation>Skicka verifikation {number} igen?

Om den redan kom fram bokförs den två gånger: skicka igen bara om du har kontrollerat att den inte finns där.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm your decision</source>
        <translation>Bekräfta ditt beslut</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../app/ui/review/actions.py" line="+80"/>
        <source>&amp;Voucher</source>
        <translation>&amp;Verifikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;copy as a new draft</source>
        <translation>Öppna en &amp;kopia som nytt utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the &amp;reversing voucher as a new draft</source>
        <translation>Skapa &amp;motbokningen som nytt utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide: posted or send again…</source>
        <translation>&amp;Besluta: bokförd eller skicka igen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh sync status</source>
        <translation>&amp;Uppdatera synkroniseringsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export the list as CSV…</source>
        <translation>&amp;Exportera listan som CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;list</source>
        <translation>Gå till &amp;listan</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save as PD&amp;F…</source>
        <translation>Spara som PD&amp;F…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ca&amp;ncel the submission (nothing booked)…</source>
        <translation>Av&amp;bryt inskickningen (inget bokfört)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Journal of the posted vouchers (PDF or CSV)…</source>
        <translation>&amp;Grundbok över bokförda verifikationer (PDF eller CSV)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear &amp;filters</source>
        <translation>Rensa &amp;filtren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the review</source>
        <translation>S&amp;täng listan över skickade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a voucher in the list first.</source>
        <translation>Välj först en verifikation i listan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of voucher {number} is open as a new draft, dated today.</source>
        <translation>En kopia av verifikation {number} är öppen som nytt utkast, daterad i dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reversal of voucher {number} is open as a new draft: check its date (a closed period needs today&apos;s) and send it with Ctrl+Enter.</source>
        <translation>Motbokningen av verifikation {number} är öppen som nytt utkast: kontrollera datumet (en stängd period kräver dagens datum) och skicka den med Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voucher cannot be read: {error}</source>
        <translation>Verifikationen kan inte läsas: {error}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only an uncertain voucher waits for a decision; this one is {state}.</source>
        <translation>Bara en osäker verifikation väntar på beslut; den här är {state}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording your decision on voucher {number}…</source>
        <translation>Registrerar ditt beslut om verifikation {number}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voucher {number} is now {state}: {message}</source>
        <translation>Verifikation {number} är nu {state}: {message}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a queued or rejected voucher can be cancelled; this one is {state}.</source>
        <translation>Endast en köad eller avvisad verifikation kan avbrytas; den här är {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voucher {number} cannot be cancelled: the target already booked part of it, or may have (see its requests and what was booked).</source>
        <translation>Verifikation {number} kan inte avbrytas: mottagaren har redan bokfört en del av den, eller kan ha gjort det (se dess förfrågningar och bokningar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the submission</source>
        <translation>Avbryt inskickningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel voucher {number}? Nothing of it was booked at the target; it will not be sent. You can correct it and send it again later.</source>
        <translation>Avbryta verifikation {number}? Inget av den bokfördes hos mottagaren och den skickas inte. Du kan rätta den och skicka den igen senare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing was booked.</source>
        <translation>inget bokfördes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the review list</source>
        <translation>Exportera listan över skickade</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Exporting to {path}…</source>
        <translation>Exporterar till {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n line(s) to {path}.</source>
        <translation>
            <numerusform>%n rad exporterades till {path}.</numerusform>
            <numerusform>%n rader exporterades till {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: {error}</source>
        <translation>Exporten misslyckades: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the journal</source>
        <translation>Spara grundboken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the journal to {path}…</source>
        <translation>Grundboken skrivs till {path}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal could not be written: {error}</source>
        <translation>Grundboken kunde inte skrivas: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal of {vouchers} posted voucher(s): {rows} row(s) written to {path}.</source>
        <translation>Grundbok över {vouchers} bokförda verifikationer: {rows} rader skrivna till {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal of {vouchers} posted voucher(s): {pages} page(s) written to {path}.</source>
        <translation>Grundbok över {vouchers} bokförda verifikationer: {pages} sidor skrivna till {path}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the voucher as PDF</source>
        <translation>Spara verifikationen som PDF</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing was written (is the folder writable?)</source>
        <translation>inget skrevs (är mappen skrivbar?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF-filen kunde inte skrivas: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}.</source>
        <translation>Sparat: {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync status is being read; it will be read again right after.</source>
        <translation>Synkroniseringsstatusen läses just nu; den läses igen direkt efteråt.</translation>
    </message>
</context>
<context>
    <name>ReviewCenter</name>
    <message numerus="yes">
        <location filename="../../app/ui/review/center.py" line="+93"/>
        <source>%n voucher(s) were being sent when LedgerDesk last stopped. Confirma&apos;s are checked and settled by themselves; Infinity&apos;s wait for your decision (Ctrl+Shift+U).</source>
        <translation>
            <numerusform>%n verifikation höll på att skickas när LedgerDesk senast stannade. Confirmas kontrolleras och avgörs av sig själva; Infinitys väntar på ditt beslut (Ctrl+Shift+U).</numerusform>
            <numerusform>%n verifikationer höll på att skickas när LedgerDesk senast stannade. Confirmas kontrolleras och avgörs av sig själva; Infinitys väntar på ditt beslut (Ctrl+Shift+U).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEvidence</name>
    <message>
        <location filename="../../app/ui/review/evidence.py" line="+55"/>
        <source>  Sent:</source>
        <translation>  Skickat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Received:</source>
        <translation>  Mottaget:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log holds nothing for this voucher.</source>
        <translation>Granskningsloggen innehåller inget om den här verifikationen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request {seq}: {state}</source>
        <translation>Förfrågan {seq}: {state}</translation>
    </message>
</context>
<context>
    <name>ReviewStates</name>
    <message>
        <location filename="../../app/ui/review/states.py" line="+39"/>
        <source>queued</source>
        <translation>i kö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending at target</source>
        <translation>väntar hos mottagaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synced</source>
        <translation>synkroniserad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed at target</source>
        <translation>misslyckades hos mottagaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>osäker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked differently</source>
        <translation>bokförd annorlunda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting in the outbox; nothing has been booked.</source>
        <translation>Väntar i utkorgen; inget har bokförts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent right now.</source>
        <translation>Skickas just nu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target took it.</source>
        <translation>Mottagaren tog emot den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma has it queued for the accounting system.</source>
        <translation>Confirma har den i kö till bokföringssystemet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked in the accounting system.</source>
        <translation>Bokförd i bokföringssystemet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accounting system refused it; see the description.</source>
        <translation>Bokföringssystemet avvisade den; se beskrivningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target refused it; nothing was booked.</source>
        <translation>Mottagaren avvisade den; inget bokfördes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may or may not have arrived: your decision is needed (Ctrl+Shift+D).</source>
        <translation>Den kan ha kommit fram eller inte: ditt beslut behövs (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by the bookkeeper; nothing was booked. It can be corrected and sent again.</source>
        <translation>Återkallad av bokföraren; inget bokfördes. Den kan rättas och skickas igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target booked it, but not as the preview showed (other amounts or currency): compare them in the detail.</source>
        <translation>Mottagaren bokförde den, men inte som förhandsvisningen visade (andra belopp eller valuta): jämför dem i detaljerna.</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile · target</source>
        <translation>Profil · mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote ids</source>
        <translation>Mottagarens id:n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Production: these entries are real.</source>
        <translation>Produktion: de här bokföringarna är riktiga.</translation>
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
        <translation>LedgerDesk — Skickade verifikationer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vouchers posted</source>
        <translation>Skickade verifikationer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading Confirma&apos;s sync status…</source>
        <translation>Läser Confirmas synkroniseringsstatus…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The filter could not be remembered: {error}</source>
        <translation>Filtret kunde inte sparas: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n verifikation</numerusform>
            <numerusform>%n verifikationer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than {count} vouchers</source>
        <translation>Fler än {count} verifikationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · first {loaded} loaded (scroll for more)</source>
        <translation> · de första {loaded} inlästa (rulla för fler)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sync status read at {time}</source>
        <translation>Synkroniseringsstatus läst kl. {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voucher {number} failed at the target: {description}</source>
        <translation>Verifikation {number} misslyckades hos mottagaren: {description}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync status could not be read: {problems}</source>
        <translation>Synkroniseringsstatusen kunde inte läsas: {problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n voucher(s) changed state.</source>
        <translation>
            <numerusform>%n verifikation bytte status.</numerusform>
            <numerusform>%n verifikationer bytte status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="-164"/>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amounts are typed for each voucher</source>
        <translation>&amp;Belopp skrivs in för varje verifikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te is typed for each voucher</source>
        <translation>&amp;Datum skrivs in för varje verifikation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recurring</source>
        <translation>Inte återkommande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yearly</source>
        <translation>Årligen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>31: the month&apos;s last day</source>
        <translation>31: månadens sista dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recurring:</source>
        <translation>Åte&amp;rkommande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y of the month:</source>
        <translation>Dag i &amp;månaden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due on or after:</source>
        <translation>&amp;Första förfallodag tidigast:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A template of this name exists: saving replaces it.</source>
        <translation>En mall med detta namn finns: att spara ersätter den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each time it falls due, LedgerDesk opens it as a draft when it starts; nothing is sent until you send it.</source>
        <translation>Varje gång den förfaller öppnar LedgerDesk den som utkast när programmet startar; inget skickas förrän du skickar det.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the first due date as in a date cell, e.g. {example}.</source>
        <translation>Skriv den första förfallodagen som i en datumcell, t.ex. {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the template a name.</source>
        <translation>Ge mallen ett namn.</translation>
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
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/submit_lines.py" line="+1"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Skattekod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net (predicted)</source>
        <translation>Netto (beräknat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT (predicted)</source>
        <translation>Moms (beräknad)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked in</source>
        <translation>Bokförs i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Submit voucher {number} to {target}</source>
        <translation>Skicka verifikation {number} till {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no number)</source>
        <translation>(inget nummer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &lt;b&gt;{profile}&lt;/b&gt; → {target} at &lt;code&gt;{url}&lt;/code&gt;. This is exactly what will be sent:</source>
        <translation>Profil &lt;b&gt;{profile}&lt;/b&gt; → {target} på &lt;code&gt;{url}&lt;/code&gt;. Exakt detta skickas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings (they do not stop sending):</source>
        <translation>Varningar (de hindrar inte att verifikationen skickas):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {message}</source>
        <translation>rad {line}: {message}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>What will be sent</source>
        <translation>Det som skickas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Lines as sent</source>
        <translation>&amp;Rader som de skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON, exactly as sent</source>
        <translation>&amp;JSON exakt som den skickas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to {target}</source>
        <translation>Skicka till {target}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Infinity entries</source>
        <translation>Infinity-poster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} (already booked, not sent again)</source>
        <translation>{n} (redan bokförd, skickas inte igen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The voucher is in {currency} without an exchange rate: Infinity converts it to CHF at its own rate, so the CHF amounts are known only after booking. The amounts below are in {currency}.</source>
        <translation>Verifikationen är i {currency} utan växelkurs: Infinity omvandlar den till CHF med sin egen kurs, så CHF-beloppen blir kända först efter bokföringen. Beloppen nedan är i {currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voucher is in {currency}: converted at {rate} CHF per {currency}; the predicted net and VAT below are in CHF.</source>
        <translation>Verifikationen är i {currency}: omräknad till {rate} CHF per {currency}; nettot och momsen nedan är i CHF.</translation>
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
        <translation>Moms %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT code: typed → sent</source>
        <translation>Momskod: skriven → skickad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VAT of line {line}</source>
        <translation>Moms för rad {line}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirma ledger rows</source>
        <translation>Confirmas bokföringsrader</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <location filename="../../app/ui/submit_flow.py" line="+42"/>
        <source>Sending to {target}…</source>
        <translation>Skickar till {target}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Posting waits until the team database (server {server}) can be reached again. The draft stays here and is kept on this computer; press Ctrl+Enter again once the red banner is gone.</source>
        <translation>Bokföringen väntar tills teamdatabasen (server {server}) kan nås igen. Utkastet stannar här och sparas på den här datorn; tryck Ctrl+Enter igen när den röda banderollen har försvunnit.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s) to fix before sending: {first} (Ctrl+I lists them all).</source>
        <translation>
            <numerusform>%n fel att rätta innan verifikationen skickas: {first} (Ctrl+I visar alla).</numerusform>
            <numerusform>%n fel att rätta innan verifikationen skickas: {first} (Ctrl+I visar alla).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Part of voucher {number} is already booked in Infinity, and the voucher no longer contains it unchanged. Keep the booked entries as they were and correct only the refused one, or book a reversal.</source>
        <translation>En del av verifikation {number} är redan bokförd i Infinity, och verifikationen innehåller den inte längre oförändrad. Låt de bokförda posterna vara som de var och rätta bara den avvisade, eller bokför en rättelse.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending voucher {number} to {target}…</source>
        <translation>Skickar verifikation {number} till {target}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending voucher {number} to {target} ({profile})…</source>
        <translation>Skickar verifikation {number} till {target} ({profile})…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(inget nummer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booked differently: {message}</source>
        <translation>Bokförd annorlunda: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher {number} was booked by {target} ({profile}), but not as the preview showed: {message} Compare them in the review (Ctrl+R).</source>
        <translation>{target} ({profile}) bokförde verifikation {number}, men inte som förhandsvisningen visade: {message} Jämför dem i granskningen (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent: {message}</source>
        <translation>Skickad: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher {number} sent to {target} ({profile}): {message}</source>
        <translation>Verifikation {number} skickad till {target} ({profile}): {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits in the outbox unchanged; Ctrl+Enter tries again.</source>
        <translation>Den väntar oförändrad i utkorgen; Ctrl+Enter försöker igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LedgerDesk will not send it again without checking: see `ledgerdesk outbox`.</source>
        <translation>LedgerDesk skickar den inte igen utan att kontrollera: se `ledgerdesk outbox`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed: {message}</source>
        <translation>Inte bekräftad: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher {number} was not confirmed by {target}: {message} {how}</source>
        <translation>{target} bekräftade inte verifikation {number}: {message} {how}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voucher {number} was refused by {target}: {message}</source>
        <translation>{target} avvisade verifikation {number}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher {number} was not sent: {message}</source>
        <translation>Verifikation {number} skickades inte: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cells concerned are marked; fix them and press Ctrl+Enter again.</source>
        <translation>De berörda cellerna är markerade; rätta dem och tryck Ctrl+Enter igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voucher {number} could not be sent: {message}</source>
        <translation>Verifikation {number} kunde inte skickas: {message}</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../app/ui/cell_editors.py" line="+61"/>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <location filename="../../app/ui/team_banner.py" line="+61"/>
        <source>The team database (server {server}) cannot be reached — drafts are kept on this computer; posting waits until it is back. LedgerDesk tries again every few seconds.</source>
        <translation>Teamdatabasen (server {server}) kan inte nås — utkasten sparas på den här datorn; bokföringen väntar tills den är tillbaka. LedgerDesk försöker igen med några sekunders mellanrum.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{colleague} took over a draft while this computer could not reach the team database. Both are kept: theirs, and yours as a new draft (it opens with the next start).</source>
        <translation>{colleague} tog över ett utkast medan den här datorn inte nådde teamdatabasen. Båda sparas: kollegans, och ditt som ett nytt utkast (det öppnas vid nästa start).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team database (server {server}) can be reached again: the drafts kept on this computer are in it, and posting works again.</source>
        <translation>Teamdatabasen (server {server}) kan nås igen: utkasten som sparades på den här datorn finns nu där, och bokföringen fungerar igen.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="+44"/>
        <source>LedgerDesk — Team database</source>
        <translation>LedgerDesk — Teamdatabas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database</source>
        <translation>Teamdatabas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server or file:</source>
        <translation>Server eller fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable:</source>
        <translation>Nåbar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues see you as:</source>
        <translation>Kollegor ser dig som:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data location</source>
        <translation>Den här dataplatsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the OS keyring, never in a file</source>
        <translation>sparas i operativsystemets nyckelring, aldrig i en fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how colleagues see you (default: your user name)</source>
        <translation>hur kollegor ser dig (standard: ditt användarnamn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Join the office&apos;s team database</source>
        <translation>Anslut till byråns teamdatabas</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Leave the team database…</source>
        <translation>Lä&amp;mna teamdatabasen…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>checking…</source>
        <translation>kontrollerar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the office&apos;s team database (PostgreSQL)</source>
        <translation>byråns teamdatabas (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer&apos;s own file (SQLite)</source>
        <translation>den här datorns egen fil (SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: {problem}</source>
        <translation>nej: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (only when on a team database)</source>
        <translation>{name} (bara i en teamdatabas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join another team database</source>
        <translation>Anslut till en annan teamdatabas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This window still uses {where} until LedgerDesk is restarted: close it and start LedgerDesk again.</source>
        <translation>Det här fönstret använder fortfarande {where} tills LedgerDesk startas om: stäng det och starta LedgerDesk igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s own file</source>
        <translation>den här datorns egen fil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the team database&apos;s address first.</source>
        <translation>Skriv först teamdatabasens adress.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the team database…</source>
        <translation>Ansluter till teamdatabasen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not joined; nothing was changed.</source>
        <translation>Inte ansluten; ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined the team database {server} (schema {version}).</source>
        <translation>Ansluten till teamdatabasen {server} (schema {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profiles now shared with the office: {names} (your API keys stay in this computer&apos;s keyring).</source>
        <translation>Dina profiler delas nu med byrån: {names} (dina API-nycklar blir kvar i den här datorns nyckelring).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office already has {names} with other settings: the office&apos;s are used.</source>
        <translation>Byrån har redan {names} med andra inställningar: byråns används.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart LedgerDesk to use it: this window keeps its current database until then.</source>
        <translation>Starta om LedgerDesk för att använda den: det här fönstret behåller sin nuvarande databas tills dess.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That is not a PostgreSQL address. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Det är ingen PostgreSQL-adress. Skriv den som postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this password (or needs one): check it and type it again.</source>
        <translation>Servern godtog inte lösenordet (eller kräver ett): kontrollera det och skriv det igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password could not be kept in the OS keyring: {detail}</source>
        <translation>Lösenordet kunde inte sparas i operativsystemets nyckelring: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: check the address and the network, and that the server is running.</source>
        <translation>Servern kan inte nås: kontrollera adressen och nätverket och att servern är igång.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no database of that name: ask whoever runs it.</source>
        <translation>Servern har ingen databas med det namnet: fråga den som driver den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this user or this computer: ask whoever runs it for access.</source>
        <translation>Servern nekade den här användaren eller datorn: be den som driver den om åtkomst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no LedgerDesk tables yet: it is set up once with `ledgerdesk team init` (docs/team.md).</source>
        <translation>Den här databasen har inga LedgerDesk-tabeller än: den sätts upp en gång med `ledgerdesk team init` (docs/team.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A newer LedgerDesk set up this database: update LedgerDesk first.</source>
        <translation>En nyare LedgerDesk har satt upp den här databasen: uppdatera LedgerDesk först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team database cannot be used: {detail}</source>
        <translation>Teamdatabasen kan inte användas: {detail}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Leave the team database</source>
        <translation>Lämna teamdatabasen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Use this computer&apos;s own database and profiles again? The team database keeps everything for your colleagues; its password is deleted from this computer&apos;s keyring. LedgerDesk must be restarted to use the local database.</source>
        <translation>Använda den här datorns egen databas och profiler igen? Teamdatabasen behåller allt åt dina kollegor; dess lösenord raderas ur den här datorns nyckelring. LedgerDesk måste startas om för att använda den lokala databasen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This data location already uses this computer&apos;s own database.</source>
        <translation>Den här dataplatsen använder redan den här datorns egen databas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left the team database {server}. Restart LedgerDesk to use this computer&apos;s own database and profiles: this window keeps the team database until then.</source>
        <translation>Lämnade teamdatabasen {server}. Starta om LedgerDesk för att använda den här datorns egen databas och profiler: det här fönstret behåller teamdatabasen tills dess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its password could not be deleted from the keyring ({problem}).</source>
        <translation>Dess lösenord kunde inte raderas ur nyckelringen ({problem}).</translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="-283"/>
        <source>on request</source>
        <translation>på begäran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on day {day} from {start}</source>
        <translation>månadsvis dag {day} från {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarterly on day {day} from {start}</source>
        <translation>kvartalsvis dag {day} från {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly on day {day} from {start}</source>
        <translation>årligen dag {day} från {start}</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Deleted the template {name}.</source>
        <translation>Mallen {name} togs bort.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no template {name} any more.</source>
        <translation>Mallen {name} finns inte längre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {name} cannot be read: {reason}</source>
        <translation>Mallen {name} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New draft from the template {name}.</source>
        <translation>Nytt utkast från mallen {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its date and amounts.</source>
        <translation>Skriv in dess datum och belopp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its amounts.</source>
        <translation>Skriv in dess belopp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its date.</source>
        <translation>Skriv in dess datum.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The draft has no lines yet: type the voucher, then save it as a template.</source>
        <translation>Utkastet har inga rader ännu: skriv verifikationen och spara den sedan som mall.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a template needs a name</source>
        <translation>en mall behöver ett namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a template name has at most {limit} characters</source>
        <translation>ett mallnamn har högst {limit} tecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a template name is one line of text</source>
        <translation>ett mallnamn är en textrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved as a template: {reason}.</source>
        <translation>Inte sparad som mall: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced the template {name}.</source>
        <translation>Mallen {name} ersattes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the template {name}.</source>
        <translation>Mallen {name} sparades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recurring: {schedule}; next due {day}.</source>
        <translation>Återkommande: {schedule}; nästa förfallodag {day}.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location line="-315"/>
        <source>New draft from template</source>
        <translation>Nytt utkast från mall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to find a template</source>
        <translation>Skriv för att hitta en mall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a template</source>
        <translation>Hitta en mall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No templates yet. Save a draft as one with Ctrl+Shift+T.</source>
        <translation>Inga mallar ännu. Spara ett utkast som mall med Ctrl+Shift+T.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete template…</source>
        <translation>&amp;Ta bort mall…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete template</source>
        <translation>Ta bort mall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template {name}? Drafts made from it stay.</source>
        <translation>Ta bort mallen {name}? Utkast som gjorts från den finns kvar.</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../../app/ui/totals_bar.py" line="+24"/>
        <source>Totals</source>
        <translation>Summor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Σ Debit</source>
        <translation>Σ Debet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total debit</source>
        <translation>Summa debet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ Credit</source>
        <translation>Σ Kredit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total credit</source>
        <translation>Summa kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT by code</source>
        <translation>Moms per kod</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>balanced</source>
        <translation>balanserar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debit and credit balance.</source>
        <translation>Debet och kredit balanserar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit minus credit. Ctrl+B puts this into the current line.</source>
        <translation>Debet minus kredit. Ctrl+B lägger differensen på den aktuella raden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No VAT</source>
        <translation>Ingen moms</translation>
    </message>
</context>
<context>
    <name>UncertainBanner</name>
    <message>
        <location filename="../../app/ui/review/banner.py" line="+23"/>
        <source>Review them… (Ctrl+Shift+U)</source>
        <translation>Visa dem… (Ctrl+Shift+U)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n voucher(s) need your decision: LedgerDesk cannot tell whether they reached the target.</source>
        <translation>
            <numerusform>%n verifikation väntar på ditt beslut: LedgerDesk kan inte veta om den kom fram.</numerusform>
            <numerusform>%n verifikationer väntar på ditt beslut: LedgerDesk kan inte veta om de kom fram.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="+57"/>
        <source>Edit {column} on line {line}</source>
        <translation>Ändra {column} på rad {line}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit {field}</source>
        <translation>Ändra {field}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post to {profile}</source>
        <translation>Bokför i {profile}</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/ui/diagnostics.py" line="+13"/>
        <location line="+1"/>
        <source>LedgerDesk met an unexpected error</source>
        <translation>LedgerDesk stötte på ett oväntat fel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside LedgerDesk. What you typed is saved as you type; check the last thing you did. The details are in the log ({path}). Please send them to support: Copy details puts them on the clipboard.</source>
        <translation>Något gick fel inne i LedgerDesk. Det du skriver sparas medan du skriver; kontrollera det senaste du gjorde. Uppgifterna finns i loggen ({path}). Skicka dem till supporten: Kopiera uppgifterna lägger dem i urklipp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera uppgifterna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details for support</source>
        <translation>Kopiera uppgifterna till supporten</translation>
    </message>
</context>
<context>
    <name>VatMeaning</name>
    <message>
        <location filename="../../app/ui/vat_words.py" line="+19"/>
        <source>Sales, general rate (yleinen verokanta)</source>
        <translation>Försäljning, allmän skattesats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate 1</source>
        <translation>Försäljning, nedsatt skattesats 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate 2</source>
        <translation>Försäljning, nedsatt skattesats 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, zero-rated</source>
        <translation>Försäljning, nollskattesats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, general rate (deductible)</source>
        <translation>Inköp, allmän skattesats (avdragsgill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, reduced rate 1 (deductible)</source>
        <translation>Inköp, nedsatt skattesats 1 (avdragsgill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, reduced rate 2 (deductible)</source>
        <translation>Inköp, nedsatt skattesats 2 (avdragsgill)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales, normal rate</source>
        <translation>Försäljning, normalsats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate</source>
        <translation>Försäljning, reducerad sats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, accommodation (special) rate</source>
        <translation>Försäljning, särskild sats för logi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, opted turnover (normally exempt, voluntarily taxed)</source>
        <translation>Försäljning, frivilligt beskattad omsättning (normalt undantagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export, exempt with input-tax credit (0 %)</source>
        <translation>Export, undantagen med avdragsrätt för ingående skatt (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services abroad (0 %)</source>
        <translation>Tjänster utomlands (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded turnover, no option (0 %)</source>
        <translation>Undantagen omsättning utan option (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, normal rate</source>
        <translation>Ingående skatt på material och tjänster, normalsats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, accommodation rate</source>
        <translation>Ingående skatt på material och tjänster, sats för logi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, reduced rate</source>
        <translation>Ingående skatt på material och tjänster, reducerad sats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, normal rate</source>
        <translation>Ingående skatt på investeringar och andra rörelsekostnader, normalsats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, accommodation rate</source>
        <translation>Ingående skatt på investeringar och andra rörelsekostnader, sats för logi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, reduced rate</source>
        <translation>Ingående skatt på investeringar och andra rörelsekostnader, reducerad sats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse charge (Bezugsteuer), materials</source>
        <translation>Omvänd skattskyldighet (Bezugsteuer), material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse charge (Bezugsteuer), investments</source>
        <translation>Omvänd skattskyldighet (Bezugsteuer), investeringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity code ES (normal rate); Infinity does not document its meaning</source>
        <translation>Infinitys kod ES (normalsats); Infinity dokumenterar inte dess betydelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity code ES (reduced rate); Infinity does not document its meaning</source>
        <translation>Infinitys kod ES (reducerad sats); Infinity dokumenterar inte dess betydelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>food, feed, restaurant and catering services</source>
        <translation>livsmedel, foder, restaurang- och cateringtjänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>food, feed, restaurant and catering services; books, medicines, passenger transport, accommodation, cultural and sports admissions, film screenings</source>
        <translation>livsmedel, foder, restaurang- och cateringtjänster; böcker, läkemedel, persontransport, logi, inträde till kultur- och idrottsevenemang, filmvisningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>books, medicines, passenger transport, accommodation, sports services, cultural and entertainment events, newspaper and periodical subscriptions</source>
        <translation>böcker, läkemedel, persontransport, logi, idrottstjänster, kultur- och underhållningsevenemang, prenumerationer på tidningar och tidskrifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chiefly newspapers and magazines</source>
        <translation>främst tidningar och tidskrifter</translation>
    </message>
</context>
<context>
    <name>VatTableModel</name>
    <message>
        <location filename="../../app/ui/profiles/vat_model.py" line="+26"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning on {date}</source>
        <translation>Betydelse {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT account</source>
        <translation>Momskonto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate on {date}</source>
        <translation>Sats {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent</source>
        <translation>Kod som skickas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>sales</source>
        <translation>försäljning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>purchase</source>
        <translation>inköp</translation>
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
        <translation>Debet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT amount</source>
        <translation>Momsbelopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <translation>Kostnadsställe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss francs</source>
        <translation>schweizerfranc</translation>
    </message>
</context>
<context>
    <name>VoucherDocument</name>
    <message>
        <location filename="../../app/ui/review/document.py" line="+56"/>
        <source>VAT {code}</source>
        <translation>Moms {code}</translation>
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
        <translation>Debet</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>VAT code</source>
        <translation>Momskod</translation>
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
        <translation>Moms</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Voucher {number}</source>
        <translation>Verifikation {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
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
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher identifier</source>
        <translation>Verifikationens identifierare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote ids</source>
        <translation>Mottagarens id:n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverses</source>
        <translation>Motbokar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voucher cannot be read: {error}</source>
        <translation>Verifikationen kan inte läsas: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions booked by Infinity</source>
        <translation>Transaktioner bokförda av Infinity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed {when} by LedgerDesk</source>
        <translation>Utskriven {when} av LedgerDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>LedgerDesk voucher</source>
        <translation>LedgerDesk-verifikation</translation>
    </message>
</context>
<context>
    <name>VoucherPage</name>
    <message>
        <location filename="../../app/ui/page_layout.py" line="+22"/>
        <source>Sending</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending status</source>
        <translation>Sändningsstatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take over…</source>
        <translation>Ta över…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voucher_page.py" line="+176"/>
        <source>Voucher {number} · {profile}</source>
        <translation>Verifikation {number} · {profile}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New voucher · {profile}</source>
        <translation>Ny verifikation · {profile}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} edits this draft: it cannot change here (Ctrl+Shift+O takes it over).</source>
        <translation>{name} redigerar det här utkastet: det kan inte ändras här (Ctrl+Shift+O tar över det).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher is being sent or waits in the outbox: it cannot change now.</source>
        <translation>Verifikationen skickas eller väntar i utkorgen: den kan inte ändras nu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New line</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insert line {line}</source>
        <translation>Infoga rad {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate line {line}</source>
        <translation>Duplicera rad {line}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear line 1</source>
        <translation>Töm rad 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete line {line}</source>
        <translation>Ta bort rad {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance line {line}</source>
        <translation>Balansera på rad {line}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy {column} from line {line}</source>
        <translation>Kopiera {column} från rad {line}</translation>
    </message>
</context>
<context>
    <name>VoucherTableModel</name>
    <message>
        <location filename="../../app/ui/voucher_model.py" line="+187"/>
        <source>VAT row of line {line}</source>
        <translation>momsraden till rad {line}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line {line}</source>
        <translation>rad {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}, {where}</source>
        <translation>{column}, {where}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cell}: {value}</source>
        <translation>{cell}: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT of line {line}, derived from it: read-only. Edit line {line} to change it.</source>
        <translation>Moms för rad {line}, beräknad från den: skrivskyddad. Ändra rad {line} för att ändra den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: {message}</source>
        <translation>Fel: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: {message}</source>
        <translation>Varning: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code}: the rate in force on {day}, the line&apos;s booking date.</source>
        <translation>{code}: momssatsen som gäller {day}, radens bokföringsdag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derived from the line&apos;s amount and VAT code: read-only.</source>
        <translation>Beräknad från radens belopp och momskod: skrivskyddad.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derived VAT row of line {line}</source>
        <translation>Beräknad momsrad till rad {line}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line {line}</source>
        <translation>Rad {line}</translation>
    </message>
</context>
<context>
    <name>VoucherView</name>
    <message>
        <location filename="../../app/ui/voucher_view.py" line="+41"/>
        <source>Voucher lines</source>
        <translation>Verifikationsrader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab or Enter: next cell. F6: the header. Ctrl+I: the issues. F1: every key.</source>
        <translation>Tab eller Enter: nästa cell. F6: huvudet. Ctrl+I: problemen. F1: alla tangenter.</translation>
    </message>
</context>
</TS>
