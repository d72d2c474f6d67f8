<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="+92"/>
        <source>Proprietary: all rights reserved</source>
        <translation>Suljettu lisenssi: kaikki oikeudet pidätetään</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (unencrypted: refused unless allowed)</source>
        <translation>{name} (salaamaton: ei käytössä ilman lupaa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available ({reason})</source>
        <translation>ei käytettävissä ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>About LedgerDesk</source>
        <translation>Tietoja LedgerDeskistä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API keys kept in</source>
        <translation>API-avainten säilytys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolkit</source>
        <translation>Käyttöliittymäkirjasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs on</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal entry for bookkeepers: vouchers typed in a fast grid, checked before anything leaves this computer, posted to Confirma Finance or Infinity.</source>
        <translation>Kirjanpitäjän tositekirjaus: tositteet syötetään nopeaan taulukkoon, tarkistetaan ennen kuin mitään lähtee tältä tietokoneelta, ja kirjataan Confirma Financeen tai Infinityyn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopioi tiedot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details for support</source>
        <translation>Kopioi tiedot tukipalvelua varten</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/ui/attachments.py" line="+42"/>
        <source>{size} MB</source>
        <translation>{size} Mt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} kB</source>
        <translation>{size} kt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} bytes</source>
        <translation>{size} tavua</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image</source>
        <translation>kuva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>no program to show it was found; the copy is {path}</source>
        <translation>sen näyttävää ohjelmaa ei löytynyt; kopio on {path}</translation>
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
        <translation>Kuitit ja laskut (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.xml);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach source documents</source>
        <translation>Liitä liitteitä</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <location line="-198"/>
        <source>Source documents</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the source document</source>
        <translation>Liitteen esikatselu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter opens the document in its viewer; Del removes it from the draft.</source>
        <translation>Enter avaa liitteen katseluohjelmaan; Del poistaa sen luonnoksesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a receipt or an invoice on the window, use File ▸ Attach… (Ctrl+Shift+A) or paste an image (Ctrl+V).</source>
        <translation>Pudota kuitti tai lasku ikkunaan, valitse Tiedosto ▸ Liitä… (Ctrl+Shift+A) tai liitä kuva (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source documents ({count}): they stay with the firm and are not sent to {target}.</source>
        <translation>Liitteet ({count}): ne jäävät toimistolle eikä niitä lähetetä palveluun {target}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No source document</source>
        <translation>Ei liitettä</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../app/ui/backup_dialogs.py" line="+24"/>
        <source>LedgerDesk backup (*.zip)</source>
        <translation>LedgerDeskin varmuuskopio (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up LedgerDesk</source>
        <translation>Varmuuskopioi LedgerDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to {path} (the database and settings; API keys stay in the keyring).</source>
        <translation>Varmuuskopioitu tiedostoon {path} (tietokanta ja asetukset; API-avaimet pysyvät avainnipussa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not backed up: {reason}</source>
        <translation>Varmuuskopiota ei tehty: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a LedgerDesk backup</source>
        <translation>Palauta LedgerDeskin varmuuskopio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not restored: {reason}</source>
        <translation>Ei palautettu: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup of {created} is checked and will be restored when LedgerDesk starts next: its drafts, outbox and review list replace this computer&apos;s, and the current database is kept beside it (ledgerdesk.sqlite3.before-restore-…). LedgerDesk must restart for that. Quit now?</source>
        <translation>Varmuuskopio ajalta {created} on tarkistettu ja palautetaan, kun LedgerDesk käynnistyy seuraavan kerran: sen luonnokset, lähtevät ja tarkastelulista korvaavat tämän tietokoneen omat, ja nykyinen tietokanta säilytetään sen vieressä (ledgerdesk.sqlite3.before-restore-…). LedgerDesk on käynnistettävä uudelleen. Lopetetaanko nyt?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Restore needs a restart</source>
        <translation>Palautus vaatii uudelleenkäynnistyksen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit now</source>
        <translation>&amp;Lopeta nyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup chosen with File ▸ Restore… was not restored yet: another LedgerDesk has the data folder open. Close it and start LedgerDesk again.</source>
        <translation>Kohdassa Tiedosto ▸ Palauta… valittua varmuuskopiota ei ole vielä palautettu: toinen LedgerDesk käyttää datakansiota. Sulje se ja käynnistä LedgerDesk uudelleen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup chosen with File ▸ Restore… was not restored: {reason}</source>
        <translation>Kohdassa Tiedosto ▸ Palauta… valittua varmuuskopiota ei palautettu: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup of {created}. The previous database is kept as {kept}.</source>
        <translation>Varmuuskopio ajalta {created} palautettu. Edellinen tietokanta on tallessa nimellä {kept}.</translation>
    </message>
</context>
<context>
    <name>ChartImportDialog</name>
    <message>
        <location filename="../../app/ui/profiles/chart_import.py" line="+24"/>
        <source>Import a chart of accounts for {profile}</source>
        <translation>Tuo tilikartta profiilille {profile}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {accepted} account(s) accepted, {rejected} row(s) rejected (read as {encoding}, separated by “{delimiter}”). Importing replaces the profile&apos;s current chart.</source>
        <translation>{file}: {accepted} tiliä hyväksytty, {rejected} riviä hylätty (luettu merkistönä {encoding}, erottimena “{delimiter}”). Tuonti korvaa profiilin nykyisen tilikartan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT code</source>
        <translation>ALV-koodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is rejected</source>
        <translation>Miksi hylätty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accepted accounts</source>
        <translation>&amp;Hyväksytyt tilit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rejected rows (not imported)</source>
        <translation>Hy&amp;lätyt rivit (ei tuoda)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}: {note}</source>
        <translation>Rivi {row}: {note}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>&amp;Tuo %n tili</numerusform>
            <numerusform>&amp;Tuo %n tiliä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleaguesDrafts</name>
    <message>
        <location filename="../../app/ui/colleagues_drafts.py" line="+145"/>
        <source>{name}&apos;s draft cannot be read: {reason}</source>
        <translation>Käyttäjän {name} luonnosta ei voi lukea: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being edited by {name} (last saved {time}). Read-only here; Ctrl+Shift+O takes it over.</source>
        <translation>Muokkaajana {name} (tallennettu viimeksi {time}). Täällä vain luku; Ctrl+Shift+O ottaa sen haltuun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Take over draft</source>
        <translation>Ota luonnos haltuun</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Take over {draft} from {name}? From now on only you can change it; {name}&apos;s window keeps showing it, read-only. What shows here is replaced by the version saved last.</source>
        <translation>Otetaanko {draft} haltuun käyttäjältä {name}? Tästä lähtien vain sinä voit muuttaa sitä; käyttäjän {name} ikkuna näyttää sen edelleen vain luku -tilassa. Tässä näkyvä korvataan viimeksi tallennetulla versiolla.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That draft is gone: it was sent or closed meanwhile.</source>
        <translation>Luonnosta ei enää ole: se on sillä välin lähetetty tai suljettu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft cannot be read: {reason}</source>
        <translation>Luonnosta ei voi lukea: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have taken over {draft}: it is yours to edit now.</source>
        <translation>Otit luonnoksen {draft} haltuun: voit nyt muokata sitä.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} has taken this draft over and edits it now. Your text stays here, read-only: nothing typed after the take-over was saved (File ▸ Save voucher file as… keeps it). Ctrl+Shift+O takes it back, with {name}&apos;s version.</source>
        <translation>{name} on ottanut tämän luonnoksen haltuunsa ja muokkaa sitä nyt. Tekstisi jää tähän vain luku -tilassa: haltuunoton jälkeen kirjoitettua ei tallennettu (Tiedosto ▸ Tallenna tositetiedostona… säilyttää sen). Ctrl+Shift+O ottaa sen takaisin käyttäjän {name} versiona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has taken over {draft}.</source>
        <translation>{name} on ottanut luonnoksen {draft} haltuunsa.</translation>
    </message>
</context>
<context>
    <name>ColleaguesDraftsDialog</name>
    <message>
        <location line="-150"/>
        <location line="+8"/>
        <source>Colleagues&apos; drafts</source>
        <translation>Kollegojen luonnokset</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Drafts colleagues are editing</source>
        <translation>Luonnokset, joita kollegat muokkaavat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being edited by</source>
        <translation>Muokkaaja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Pvm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Tallennettu viimeksi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(its text cannot be read)</source>
        <translation>(sen tekstiä ei voi lukea)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens the draft to read. Only whoever edits a draft can change it; Ctrl+Shift+O in its tab takes it over.</source>
        <translation>Enter avaa luonnoksen luettavaksi. Vain luonnoksen muokkaaja voi muuttaa sitä; Ctrl+Shift+O sen välilehdellä ottaa sen haltuun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No colleague has a draft open.</source>
        <translation>Kenelläkään kollegalla ei ole luonnosta auki.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../app/ui/review/detail.py" line="+69"/>
        <source>Entry</source>
        <translation>Kirjaus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction id</source>
        <translation>Tapahtuman tunnus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Pvm</translation>
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
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net or VAT</source>
        <translation>Netto vai ALV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview showed</source>
        <translation>Esikatselussa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Verokoodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines and VAT</source>
        <translation>Rivit ja ALV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by Infinity</source>
        <translation>Infinityn kirjaamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and responses</source>
        <translation>Pyynnöt ja vastaukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source documents</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher details</source>
        <translation>Tositteen tiedot</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;i&gt;Choose a voucher in the list to see its lines and what was sent.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Valitse tosite luettelosta nähdäksesi sen rivit ja sen, mitä lähetettiin.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voucher {number} · {date} · {profile} ({target})</source>
        <translation>Tosite {number} · {date} · {profile} ({target})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— Audit log (oldest first) —</source>
        <translation>— Tapahtumaloki (vanhin ensin) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Requests as queued in the outbox —</source>
        <translation>— Pyynnöt lähtevien jonossa —</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../app/ui/diagnostics.py" line="+40"/>
        <location line="+1"/>
        <source>Diagnostics</source>
        <translation>Vianmääritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation>Lokitiedosto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API keys kept in</source>
        <translation>API-avainten säilytys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last lines of the log:</source>
        <translation>Lokin viimeiset rivit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the log is empty)</source>
        <translation>(loki on tyhjä)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics for a support request</source>
        <translation>Vianmääritystiedot tukipyyntöä varten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the diagnostics for support</source>
        <translation>Kopioi vianmääritystiedot tukipalvelua varten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What support needs to help: nothing here is secret (API keys are never logged).</source>
        <translation>Mitä tukipalvelu tarvitsee auttaakseen: mikään tässä ei ole salaista (API-avaimia ei koskaan kirjata lokiin).</translation>
    </message>
</context>
<context>
    <name>Documentation</name>
    <message>
        <location filename="../../app/ui/about.py" line="-108"/>
        <source>&amp;Getting started (README)</source>
        <translation>&amp;Aloitus (README)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Näppäimistö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages and number formats</source>
        <translation>&amp;Kielet ja lukumuodot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voucher file format</source>
        <translation>&amp;Tositetiedoston muoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;journal (PDF and CSV)</source>
        <translation>&amp;Päiväkirja (PDF ja CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source &amp;documents (attachments)</source>
        <translation>Lähde&amp;dokumentit (liitteet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;mplates and recurring vouchers</source>
        <translation>Mallit ja &amp;jaksottaiset tositteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup and restore</source>
        <translation>&amp;Varmuuskopiointi ja palautus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team mode (shared database)</source>
        <translation>Tii&amp;mitila (yhteinen tietokanta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogs and diagnostics</source>
        <translation>&amp;Lokit ja vianmääritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;sandbox</source>
        <translation>&amp;Harjoitusympäristö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Architecture (for developers)</source>
        <translation>A&amp;rkkitehtuuri (kehittäjille)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This copy of LedgerDesk was installed without its documentation. It is in the docs folder of the LedgerDesk source (README.md, docs/keyboard.md, docs/languages.md); Help ▸ Keyboard (F1) lists every key.</source>
        <translation>Tämä LedgerDesk on asennettu ilman ohjeita. Ne ovat LedgerDeskin lähdekoodin docs-kansiossa (README.md, docs/keyboard.md, docs/languages.md); Ohje ▸ Näppäimistö (F1) luettelee kaikki näppäimet.</translation>
    </message>
</context>
<context>
    <name>DocumentationMenu</name>
    <message>
        <location line="+113"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Ohjeet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where is the documentation?</source>
        <translation>Missä ohjeet ovat?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No program on this computer opens {name}. The file is here:
{path}</source>
        <translation>Tällä tietokoneella ei ole ohjelmaa, joka avaisi tiedoston {name}. Tiedosto on täällä:
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Documentation</source>
        <translation>Ohjeet</translation>
    </message>
</context>
<context>
    <name>DraftTabs</name>
    <message>
        <location filename="../../app/ui/drafts.py" line="+44"/>
        <source>Open drafts</source>
        <translation>Avoimet luonnokset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft tabs</source>
        <translation>Luonnosvälilehdet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A saved draft could not be read and is left in the store: {reason}</source>
        <translation>Tallennettua luonnosta ei voitu lukea, joten se jätettiin tietokantaan: {reason}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Close {draft}? {name} edits it now; the text shown here is not saved anywhere.</source>
        <translation>Suljetaanko {draft}? {name} muokkaa sitä nyt; tässä näkyvää tekstiä ei ole tallennettu minnekään.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Discard draft</source>
        <translation>Hylkää luonnos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard {draft}? Its lines are archived, not sent.</source>
        <translation>Hylätäänkö {draft}? Sen rivit arkistoidaan, niitä ei lähetetä.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <location filename="../../app/ui/style.py" line="+28"/>
        <source>SANDBOX — practice only, nothing reaches a real ledger</source>
        <translation>HARJOITUSYMPÄRISTÖ — vain harjoittelua, mitään ei kirjata oikeaan kirjanpitoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STAGING — the vendor&apos;s test system</source>
        <translation>TESTIYMPÄRISTÖ — palveluntarjoajan testijärjestelmä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCTION — posts real entries</source>
        <translation>TUOTANTO — kirjaa oikeita vientejä</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} — PRODUCTION</source>
        <translation>{name} — TUOTANTO</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../app/ui/file_actions.py" line="+26"/>
        <source>Open voucher file</source>
        <translation>Avaa tositetiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Voucher files (*.json);;All files (*)</source>
        <translation>Tositetiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+4"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>Tiedostoa {file} ei voi avata: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {file} as a new draft.</source>
        <translation>{file} avattiin uudeksi luonnokseksi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields that could not be read: {count}. They keep the text from the file and are marked.</source>
        <translation>Kenttiä, joita ei voitu lukea: {count}. Niissä on tiedoston teksti, ja ne on merkitty.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fields that cannot be read, left empty in the file: {count}.</source>
        <translation>Kenttiä, joita ei voi lukea ja jotka jäävät tiedostossa tyhjiksi: {count}.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Left out (no place for them in a voucher): {fields}.</source>
        <translation>Jätettiin pois (niille ei ole paikkaa tositteessa): {fields}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save voucher file as</source>
        <translation>Tallenna tositetiedostona</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} was not saved: {reason}</source>
        <translation>Tiedostoa {file} ei tallennettu: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the draft as {file}.</source>
        <translation>Luonnos tallennettiin tiedostoksi {file}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/review/filter_bar.py" line="+36"/>
        <source>from, e.g. 1.11.2025</source>
        <translation>alkaen, esim. 1.11.2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>asti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 1910</source>
        <translation>esim. 1910</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>väh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>enint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words of the number, description or line texts</source>
        <translation>sanoja numerosta, selitteestä tai rivien teksteistä</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Tyhjennä suodattimet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acco&amp;unt</source>
        <translation>T&amp;ili</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o</source>
        <translation>A&amp;sti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profiili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount</source>
        <translation>S&amp;umma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted b&amp;y</source>
        <translation>&amp;Kirjannut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ate</source>
        <translation>Ti&amp;la</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All profiles</source>
        <translation>Kaikki profiilit</translation>
    </message>
</context>
<context>
    <name>HeaderWidget</name>
    <message>
        <location filename="../../app/ui/header_widget.py" line="+29"/>
        <source>Da&amp;te</source>
        <translation>&amp;Päivämäärä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Number</source>
        <translation>Num&amp;ero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;scription</source>
        <translation>&amp;Selite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Yritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>Val&amp;uutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate</source>
        <translation>&amp;Kurssi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT</source>
        <translation>AL&amp;V</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Voucher header</source>
        <translation>Tositteen otsikkotiedot</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection this voucher is posted to</source>
        <translation>Yhteys, jonka kautta tosite kirjataan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile</source>
        <translation>Pro&amp;fiili</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>12.12.2025, 2025-12-12, t = today, +/- one day; Up/Down: ± one day</source>
        <translation>12.12.2025, 2025-12-12, t = tänään, +/- päivä; nuoli ylös/alas: ± päivä</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Description length</source>
        <translation>Selitteen pituus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or target</source>
        <translation>tai target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF per 1 unit of the voucher&apos;s currency, e.g. 0.94; or &quot;target&quot; to let Infinity convert at its own rate on the voucher date</source>
        <translation>CHF tositteen valuutan yhtä yksikköä kohden, esim. 0,94; tai &quot;target&quot;, jolloin Infinity muuntaa omalla kurssillaan tositepäivänä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gross (amounts include VAT)</source>
        <translation>Brutto (summat sisältävät ALV:n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net (VAT is added)</source>
        <translation>Netto (ALV lisätään)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Profile {profile} posts to {target} ({environment}).</source>
        <translation>Profiili {profile} kirjaa kohteeseen {target} ({environment}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Error: {message}</source>
        <translation>Virhe: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: {message}</source>
        <translation>Varoitus: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n merkki</numerusform>
            <numerusform>%n merkkiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The target accepts at most %n character(s).</source>
        <translation>
            <numerusform>Kohde hyväksyy enintään %n merkin.</numerusform>
            <numerusform>Kohde hyväksyy enintään %n merkkiä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../app/ui/messages.py" line="+25"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Valuuttakurssi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT mode</source>
        <translation>ALV-käsittely</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Täsmäys</translation>
    </message>
    <message>
        <location filename="../../app/ui/issues_panel.py" line="+22"/>
        <source>Where</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Voucher · Balance</source>
        <translation>Tosite · Täsmäys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line} · {field}</source>
        <translation>Rivi {line} · {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header · {field}</source>
        <translation>Otsikko · {field}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location line="+15"/>
        <location line="+46"/>
        <source>Issues</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Issues list</source>
        <translation>Huomautusluettelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on an issue goes to its cell.</source>
        <translation>Enter huomautuksen kohdalla vie sen soluun.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;{issues}&lt;/b&gt; — none</source>
        <translation>&lt;b&gt;{issues}&lt;/b&gt; — ei yhtään</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{issues}&lt;/b&gt; — {errors}, {warnings}. Click one (or select it and press Enter) to go to the cell.</source>
        <translation>&lt;b&gt;{issues}&lt;/b&gt; — {errors}, {warnings}. Napsauta huomautusta (tai valitse se ja paina Enter) siirtyäksesi soluun.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n virhe</numerusform>
            <numerusform>%n virhettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../app/ui/review/journal.py" line="+18"/>
        <source>Journal</source>
        <translation>Päiväkirja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: {company}</source>
        <translation>Yritys: {company}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {start} – {end}</source>
        <translation>Kausi: {start} – {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first voucher</source>
        <translation>ensimmäinen tosite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last voucher</source>
        <translation>viimeinen tosite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Sivu {page}/{pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed {when} by LedgerDesk</source>
        <translation>Tulostettu {when} LedgerDeskillä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Pvm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT code</source>
        <translation>ALV-koodi</translation>
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
        <translation>ALV {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{description} (continued)</source>
        <translation>{description} (jatkuu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{description} [booked differently at the target]</source>
        <translation>{description} [kirjattu kohteessa toisin]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored voucher cannot be read; see the review.</source>
        <translation>Tallennettua tositetta ei voi lukea; katso lähetetyt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No posted voucher matches the filter.</source>
        <translation>Suodatinta vastaavia kirjattuja tositteita ei ole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals {currency}</source>
        <translation>Yhteensä {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT per code and rate</source>
        <translation>ALV koodeittain ja kannoittain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Kanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../app/ui/keyboard_help.py" line="+47"/>
        <source>Moving</source>
        <translation>Liikkuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Päivämäärät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Tosite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Lähetetyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next editable cell; past the last cell a new line opens</source>
        <translation>Seuraava muokattava solu; viimeisen solun jälkeen avautuu uusi rivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous editable cell</source>
        <translation>Edellinen muokattava solu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the cell keeping its text (typing over a cell replaces it)</source>
        <translation>Muokkaa solua säilyttäen sen tekstin (solun päälle kirjoittaminen korvaa sen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the suggestions; again: cancel the cell edit</source>
        <translation>Sulje ehdotukset; uudelleen: peru solun muokkaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an account or VAT cell: choose a suggestion (Enter/Tab takes it)</source>
        <translation>Tili- tai ALV-solussa: valitse ehdotus (Enter/Sarkain ottaa sen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch between the header and the grid</source>
        <translation>Vaihda otsikkotietojen ja rivien välillä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the issues list (Enter on an issue jumps to its cell)</source>
        <translation>Siirry huomautusluetteloon (Enter huomautuksen kohdalla vie sen soluun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance: put the remaining difference into this line</source>
        <translation>Täsmäytä: vie jäljellä oleva ero tälle riville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the cell from the line above</source>
        <translation>Kopioi solu yllä olevalta riviltä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the line</source>
        <translation>Monista rivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a blank line above this one</source>
        <translation>Lisää tyhjä rivi tämän yläpuolelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the line (its VAT row goes with it)</source>
        <translation>Poista rivi (sen ALV-rivi poistuu samalla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the cell</source>
        <translation>Tyhjennä solu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a date cell: today</source>
        <translation>Päivämääräsolussa: tänään</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a date cell: one day later / earlier (press again to keep moving)</source>
        <translation>Päivämääräsolussa: päivä myöhemmin / aiemmin (paina uudelleen jatkaaksesi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the header date: one day later / earlier</source>
        <translation>Otsikon päivämäärässä: päivä myöhemmin / aiemmin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo (every edit, line insert or delete, and a whole paste, one step each)</source>
        <translation>Kumoa (jokainen muokkaus, rivin lisäys tai poisto ja koko liitos ovat kukin yksi vaihe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste rows from a spreadsheet: a preview shows each row first</source>
        <translation>Liitä rivejä taulukkolaskennasta: esikatselu näyttää ensin jokaisen rivin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit: shows exactly what will be sent, Enter sends</source>
        <translation>Lähetä: näyttää tarkalleen, mitä lähetetään; Enter lähettää</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New draft (in a new tab)</source>
        <translation>Uusi luonnos (uudessa välilehdessä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a voucher file as a new draft (or drop a .json on the window)</source>
        <translation>Avaa tositetiedosto uudeksi luonnokseksi (tai pudota .json-tiedosto ikkunaan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft as a voucher file</source>
        <translation>Tallenna luonnos tositetiedostona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a receipt or invoice to the draft (or drop the file on the window, or paste an image with Ctrl+V); in the list, Enter opens it, Del removes it</source>
        <translation>Liitä kuitti tai lasku luonnokseen (tai pudota tiedosto ikkunaan tai liitä kuva Ctrl+V:llä); luettelossa Enter avaa sen, Del poistaa sen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New draft from a template: type part of its name, Enter</source>
        <translation>Uusi luonnos mallipohjasta: kirjoita osa sen nimestä, Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft as a template (amounts and date may be left to type; a schedule makes it recurring)</source>
        <translation>Tallenna luonnos mallipohjaksi (summat ja päivämäärän voi jättää kirjoitettaviksi; aikataulu tekee siitä toistuvan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the draft tab (a draft with content is kept unless you discard it)</source>
        <translation>Sulje luonnoksen välilehti (sisältöä sisältävä luonnos säilyy, ellei sitä hylätä)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a team database: take over the colleague&apos;s draft shown (asks first)</source>
        <translation>Tiimitietokannassa: ota näkyvä kollegan luonnos haltuun (kysyy ensin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next / previous draft tab</source>
        <translation>Seuraava / edellinen luonnosvälilehti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review what was posted: every voucher sent from here, newest first</source>
        <translation>Lähetetyt tositteet: kaikki täältä lähetetyt, uusin ensin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review only the vouchers that need your decision (uncertain)</source>
        <translation>Vain päätöstäsi odottavat tositteet (epävarmat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: find by words of the number, description or lines</source>
        <translation>Lähetetyissä: hae sanoilla numerosta, selitteestä tai riveiltä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: back to the list</source>
        <translation>Lähetetyissä: takaisin luetteloon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: clear every filter</source>
        <translation>Lähetetyissä: tyhjennä kaikki suodattimet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: read Confirma&apos;s sync status now</source>
        <translation>Lähetetyissä: lue Confirman synkronoinnin tila nyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: open a copy of the voucher as a new draft</source>
        <translation>Lähetetyissä: avaa tositteen kopio uutena luonnoksena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: create the reversing voucher as a new draft</source>
        <translation>Lähetetyissä: tee vastakirjaus uutena luonnoksena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: decide an uncertain voucher (posted, or send again)</source>
        <translation>Lähetetyissä: päätä epävarmasta tositteesta (kirjattu vai lähetä uudelleen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: cancel a queued or rejected voucher nothing was booked of (it can be corrected and sent again)</source>
        <translation>Katselmoinnissa: peru jonossa oleva tai hylätty tosite, josta mitään ei kirjattu (sen voi korjata ja lähettää uudelleen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the review: export the filtered list and its lines as CSV</source>
        <translation>Lähetetyissä: vie suodatettu luettelo riveineen CSV-tiedostoksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: the journal of the filtered posted vouchers, as PDF or CSV</source>
        <translation>Lähetetyissä: suodatettujen kirjattujen tositteiden päiväkirja PDF- tai CSV-tiedostona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the review: print the voucher</source>
        <translation>Lähetetyissä: tulosta tosite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: save the voucher as a PDF</source>
        <translation>Lähetetyissä: tallenna tosite PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the review: close it (the filter is kept)</source>
        <translation>Lähetetyissä: sulje (suodatin säilyy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings ▸ Profiles: connections, API keys, charts of accounts</source>
        <translation>Asetukset ▸ Profiilit: yhteydet, API-avaimet, tilikartat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list</source>
        <translation>Tämä luettelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit (drafts are saved as you type)</source>
        <translation>Lopeta (luonnokset tallentuvat kirjoittaessa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates: 12.12.2025, 12.12.25, 12.12. (this year), 2025-12-12, t (today), + / - (one day), +3 / -2 (days).</source>
        <translation>Päivämäärät: 12.12.2025, 12.12.25, 12.12. (tämä vuosi), 2025-12-12, t (tänään), + / - (päivä), +3 / -2 (päivää).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts: the profile&apos;s format (1 234,56 or 1&apos;234.56) and simple sums: 100+25,50, 3*19,90, (10+5)/2. A negative debit is entered as a credit.</source>
        <translation>Summat: profiilin muoto (1 234,56 tai 1&apos;234.56) ja yksinkertaiset laskut: 100+25,50, 3*19,90, (10+5)/2. Negatiivinen debet kirjataan kreditiksi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account: a number, or any part of the name; an account not in the chart is flagged, never guessed.</source>
        <translation>Tili: numero tai mikä tahansa osa nimestä; tilikarttaan kuulumaton tili merkitään, sitä ei koskaan arvata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT code: the profile&apos;s codes; the account proposes one; the cell shows the rate on the booking date.</source>
        <translation>ALV-koodi: profiilin koodit; tili ehdottaa koodia; solu näyttää kirjauspäivänä voimassa olevan verokannan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header fields: Alt+underlined letter (Alt+T date, Alt+N number, Alt+Y type, Alt+S description, Alt+M company, Alt+U currency, Alt+V VAT mode, Alt+P profile); Enter moves to the next field.</source>
        <translation>Otsikkokentät: Alt+alleviivattu kirjain (Alt+P päivämäärä, Alt+E numero, Alt+L laji, Alt+S selite, Alt+Y yritys, Alt+U valuutta, Alt+K kurssi, Alt+V ALV-käsittely, Alt+F profiili); Enter siirtyy seuraavaan kenttään.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> or </source>
        <translation> tai </translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location line="+8"/>
        <source>LedgerDesk — Keyboard</source>
        <translation>LedgerDesk — Näppäimistö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard keys of the voucher window</source>
        <translation>Tositeikkunan näppäimet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys and what they do</source>
        <translation>Näppäimet ja niiden toiminnot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the cells accept</source>
        <translation>Mitä soluihin voi kirjoittaa</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../app/ui/language_menu.py" line="+28"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow the system ({language})</source>
        <translation>&amp;Järjestelmän mukaan ({language})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The language could not be saved: {reason}</source>
        <translation>Kieltä ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. From the next start LedgerDesk follows the system&apos;s language ({language}), and each profile&apos;s country sets how numbers and dates are typed.</source>
        <translation>Tallennettu. Seuraavasta käynnistyksestä alkaen LedgerDesk käyttää järjestelmän kieltä ({language}), ja kunkin profiilin maa määrää, miten luvut ja päivämäärät kirjoitetaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {language}, numbers and dates included, from the next start of LedgerDesk.</source>
        <translation>Tallennettu: {language}, myös luvut ja päivämäärät, LedgerDeskin seuraavasta käynnistyksestä alkaen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: LedgerDesk starts in {language} next time (numbers and dates too). Restart it to change the language now.</source>
        <translation>Tallennettu: LedgerDesk käynnistyy ensi kerralla kielellä {language} (myös luvut ja päivämäärät). Käynnistä se uudelleen vaihtaaksesi kielen nyt.</translation>
    </message>
</context>
<context>
    <name>LedgerDeskGui</name>
    <message>
        <location filename="../../app/ui/app.py" line="+133"/>
        <source>Welcome to LedgerDesk. This is the SANDBOX: a practice ledger on this computer, with the Finnish starter chart. Type a voucher and press Ctrl+Enter to post it; nothing reaches a real ledger. F1 lists the keys.</source>
        <translation>Tervetuloa LedgerDeskiin. Tämä on HARJOITUSYMPÄRISTÖ: harjoituskirjanpito tällä tietokoneella, suomalaisella perustilikartalla. Kirjoita tosite ja kirjaa se painamalla Ctrl+Enter; mitään ei päädy oikeaan kirjanpitoon. F1 luettelee näppäimet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup for {days} days. File ▸ Back up… makes one (ledgerdesk backup FILE from a terminal).</source>
        <translation>Varmuuskopiota ei ole tehty {days} päivään. Tiedosto ▸ Varmuuskopioi… tekee sen (päätteessä ledgerdesk backup TIEDOSTO).</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+46"/>
        <source>Sandbox starting…</source>
        <translation>Harjoitusympäristö käynnistyy…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Sandbox running at {url} (started here: the other LedgerDesk&apos;s one stopped)</source>
        <translation>Harjoitusympäristö käynnissä osoitteessa {url} (käynnistetty tässä: toisen LedgerDeskin ympäristö pysähtyi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox running at {url}</source>
        <translation>Harjoitusympäristö käynnissä osoitteessa {url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sandbox already running at {url}</source>
        <translation>Harjoitusympäristö on jo käynnissä osoitteessa {url}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line</source>
        <translation>&amp;Rivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settin&amp;gs</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New draft</source>
        <translation>&amp;Uusi luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open voucher file…</source>
        <translation>&amp;Avaa tositetiedosto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save voucher file &amp;as…</source>
        <translation>&amp;Tallenna tositetiedostona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attac&amp;h source document…</source>
        <translation>L&amp;iitä liite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close draft</source>
        <translation>&amp;Sulje luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lleagues&apos; drafts…</source>
        <translation>&amp;Kollegojen luonnokset…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take o&amp;ver this draft…</source>
        <translation>Ota tämä luonnos &amp;haltuun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit…</source>
        <translation>&amp;Lähetä…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste rows…</source>
        <translation>&amp;Liitä rivejä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert line</source>
        <translation>&amp;Lisää rivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete line</source>
        <translation>&amp;Poista rivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate line</source>
        <translation>&amp;Monista rivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Balance this line</source>
        <translation>&amp;Täsmäytä tällä rivillä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy cell from &amp;above</source>
        <translation>Kopioi solu &amp;yläpuolelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header ↔ grid</source>
        <translation>&amp;Otsikko ↔ rivit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issues list</source>
        <translation>&amp;Huomautukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next draft</source>
        <translation>&amp;Seuraava luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous draft</source>
        <translation>&amp;Edellinen luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard…</source>
        <translation>&amp;Näppäimistö…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About LedgerDesk</source>
        <translation>&amp;Tietoja LedgerDeskistä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review what was posted…</source>
        <translation>&amp;Lähetetyt tositteet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers needing a &amp;decision…</source>
        <translation>&amp;Päätöstä odottavat tositteet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiilit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team database…</source>
        <translation>&amp;Tiimin tietokanta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnostics…</source>
        <translation>&amp;Vianmääritys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New draft from te&amp;mplate…</source>
        <translation>Uusi luonnos &amp;mallipohjasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as temp&amp;late…</source>
        <translation>Tallenna mallipo&amp;hjaksi…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Sandbox status</source>
        <translation>Harjoitusympäristön tila</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/message_templates.py" line="+13"/>
        <source>The voucher has no lines.</source>
        <translation>Tositteella ei ole rivejä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher date is missing.</source>
        <translation>Tositteen päivämäärä puuttuu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is {length} characters; {target} accepts at most {limit}.</source>
        <translation>Selitteessä on {length} merkkiä; {target} hyväksyy enintään {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{currency}&apos; is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>&apos;{currency}&apos; ei ole valuuttakoodi (kolme isoa kirjainta, esim. EUR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code.</source>
        <translation>&apos;{currency}&apos; ei ole ISO 4217 -valuuttakoodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma takes amounts in euros only; this voucher is in {currency}.</source>
        <translation>Confirma ottaa vastaan vain euromääriä; tämä tosite on valuutassa {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange rate must be greater than zero.</source>
        <translation>Kurssin on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} is this profile&apos;s accounting currency: leave the exchange rate empty.</source>
        <translation>{currency} on tämän profiilin kirjanpitovaluutta: jätä kurssi tyhjäksi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company {label}: Confirma needs it to find the company.</source>
        <translation>Yrityksen {label} puuttuu: Confirma tarvitsee sen löytääkseen yrityksen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is neither a Finnish Y-tunnus (1234567-8) nor a Swiss UID (CHE-123.456.789).</source>
        <translation>&apos;{value}&apos; ei ole suomalainen Y-tunnus (1234567-8) eikä sveitsiläinen UID (CHE-123.456.789).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1234567-8 (seven digits, a dash, a check digit)</source>
        <translation>1234567-8 (seitsemän numeroa, yhdysmerkki, tarkistusnumero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHE-123.456.789 (CHE and nine digits, optionally followed by MWST, TVA or IVA)</source>
        <translation>CHE-123.456.789 (CHE ja yhdeksän numeroa, perässä mahdollisesti MWST, TVA tai IVA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Y-tunnus: it should look like {example}.</source>
        <translation>&apos;{value}&apos; ei ole Y-tunnus: sen muoto on {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; cannot be a Y-tunnus: no check digit fits its first seven digits.</source>
        <translation>&apos;{value}&apos; ei voi olla Y-tunnus: mikään tarkistenumero ei sovi sen seitsemään ensimmäiseen numeroon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of &apos;{value}&apos; should be {expected}; the number may be mistyped.</source>
        <translation>Tunnuksen &apos;{value}&apos; tarkistenumeron pitäisi olla {expected}; numero voi olla kirjoitettu väärin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Swiss UID: it should look like {example}.</source>
        <translation>&apos;{value}&apos; ei ole sveitsiläinen UID: sen muoto on {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of UID &apos;{value}&apos; does not fit its first eight digits; the number may be mistyped.</source>
        <translation>UID-tunnuksen &apos;{value}&apos; tarkistenumero ei sovi sen kahdeksaan ensimmäiseen numeroon; numero voi olla kirjoitettu väärin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma needs a voucher type (e.g. ML for a sales invoice voucher, MU for a memo voucher).</source>
        <translation>Confirma tarvitsee tositelajin (esim. ML myyntilaskutositteelle, MU muistiotositteelle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is missing.</source>
        <translation>Tili puuttuu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{account}&apos; is not an account number (digits only).</source>
        <translation>&apos;{account}&apos; ei ole tilinumero (vain numeroita).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity accounts are four digits, 1000 to 9999; &apos;{account}&apos; is not.</source>
        <translation>Infinityn tilit ovat nelinumeroisia, 1000–9999; &apos;{account}&apos; ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is not in this profile&apos;s chart of accounts.</source>
        <translation>Tiliä {account} ei ole tämän profiilin tilikartassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{account}&apos; is written with digits other than 0-9; type the account number with the digits 0-9.</source>
        <translation>&apos;{account}&apos; on kirjoitettu muilla numeroilla kuin 0–9; kirjoita tilinumero numeroilla 0–9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a VAT code of table {table}.</source>
        <translation>&apos;{code}&apos; ei ole taulukon {table} ALV-koodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT code {code}: {reason}</source>
        <translation>ALV-koodi {code}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown VAT rate class &apos;{rate_class}&apos;.</source>
        <translation>Tuntematon ALV-verokanta &apos;{rate_class}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No VAT rate is defined for {day} (rates start {first}).</source>
        <translation>Päivälle {day} ei ole määritelty ALV-kantaa (kannat alkavat {first}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; is not an Infinity tax code.</source>
        <translation>&apos;{code}&apos; ei ole Infinityn verokoodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity has no code {prefix}… for rate class {rate_class}.</source>
        <translation>Infinityllä ei ole koodia {prefix}… verokannalle {rate_class}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {start}</source>
        <translation>{start} alkaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({percent} %) applies {span}.</source>
        <translation>{code} ({percent} %) on voimassa {span}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({percent} %) applies {span}; on {day} use {current}.</source>
        <translation>{code} ({percent} %) on voimassa {span}; päivänä {day} käytä koodia {current}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is {length} characters; Infinity accepts at most {limit}.</source>
        <translation>Tekstissä on {length} merkkiä; Infinity hyväksyy enintään {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter either a debit or a credit on a line, not both.</source>
        <translation>Anna rivillä joko debet tai kredit, ei molempia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is missing: enter a debit or a credit.</source>
        <translation>Summa puuttuu: anna debet tai kredit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{amount}&apos; is not an amount.</source>
        <translation>&apos;{amount}&apos; ei ole summa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is zero.</source>
        <translation>Summa on nolla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative debit: enter {amount} as a credit instead.</source>
        <translation>Negatiivinen debet: anna {amount} kreditiksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative credit: enter {amount} as a debit instead.</source>
        <translation>Negatiivinen kredit: anna {amount} debetiksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} has more than two decimals.</source>
        <translation>Summassa {amount} on yli kaksi desimaalia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} is larger than any amount LedgerDesk accepts ({largest}); check for a pasted number.</source>
        <translation>{amount} on suurempi kuin mikään LedgerDeskin hyväksymä summa ({largest}); tarkista, liitettiinkö väärä numero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit and credit differ by {difference} (debit {debit}, credit {credit}).</source>
        <translation>Debet ja kredit eroavat {difference} (debet {debit}, kredit {credit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity needs a description (1 to 128 characters) on every entry: type a voucher description or a line text.</source>
        <translation>Infinity tarvitsee jokaiseen vientiin selitteen (1–128 merkkiä): kirjoita tositteen selite tai rivin teksti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Infinity entry description is one line of at most 128 characters.</source>
        <translation>Infinityn viennin selite on yksi enintään 128 merkin rivi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text holds {character}, a character no ledger shows: retype it without it (it may have come with a paste).</source>
        <translation>Tekstissä on {character}, merkki jota mikään kirjanpito ei näytä: kirjoita teksti uudelleen ilman sitä (se on voinut tulla liitetyn tekstin mukana).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is {ahead} days after today ({today}); vouchers are rarely dated more than {limit} days ahead. Check the year.</source>
        <translation>{day} on {ahead} päivää tämän päivän ({today}) jälkeen; tositteita päivätään harvoin yli {limit} päivää eteenpäin. Tarkista vuosi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is in fiscal year {year}, more than one fiscal year back (this is {this_year}); that year is usually closed. Check the year.</source>
        <translation>{day} on tilikaudella {year}, yli tilikauden taaksepäin (nyt on {this_year}); se tilikausi on yleensä jo suljettu. Tarkista vuosi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line is booked on {day}, in fiscal year {year}; the voucher is dated {voucher_day}, in {voucher_year}. One of the two years is probably mistyped.</source>
        <translation>Rivi kirjataan päivälle {day}, tilikaudelle {year}; tositteen päivämäärä on {voucher_day}, tilikaudella {voucher_year}. Toinen vuosista on luultavasti kirjoitettu väärin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is booked on {day}, in another month than the voucher date {voucher_day}: its VAT falls in that month&apos;s return.</source>
        <translation>Rivi kirjataan päivälle {day}, eri kuukaudelle kuin tositteen päivämäärä {voucher_day}: sen ALV kuuluu sen kuukauden ilmoitukseen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Either type an exchange rate or use Infinity&apos;s rate for {currency}, not both.</source>
        <translation>Anna joko kurssi tai käytä Infinityn kurssia valuutalle {currency}, ei molempia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher is in {currency}; the profile keeps its books in {home}. Type an exchange rate ({home} per 1 {currency}) as the voucher&apos;s rate (Rate in the window, &quot;exchange_rate&quot; in a file), or &quot;target&quot; there to use Infinity&apos;s own rate on the voucher date.</source>
        <translation>Tosite on valuutassa {currency}; profiilin kirjanpito on valuutassa {home}. Anna kurssi ({home} / 1 {currency}) tositteen kurssiksi (ikkunassa Kurssi, tiedostossa &quot;exchange_rate&quot;), tai siihen &quot;target&quot;, jolloin käytetään Infinityn omaa kurssia tositteen päivänä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infinity takes one debit and one credit account per entry and one tax code per entry; {amount} of this line has no line without a VAT code on the other side to pair with.</source>
        <translation>Infinity ottaa yhteen vientiin yhden debet- ja yhden kredit-tilin ja yhden verokoodin; tämän rivin osalle {amount} ei ole vastapuolella riviä ilman ALV-koodia, jonka kanssa sen voisi parittaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is sent to Infinity as {pieces} entries; Infinity computes VAT per entry, so its VAT may differ from the VAT shown here by a cent.</source>
        <translation>Rivi lähetetään Infinityyn {pieces} vientinä; Infinity laskee ALV:n vienneittäin, joten sen ALV voi poiketa tässä näkyvästä sentillä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity&apos;s ledger entries have no voucher number: {number} is not sent and stays in LedgerDesk only.</source>
        <translation>Infinityn vienneillä ei ole tositenumeroa: {number} ei lähde, vaan jää vain LedgerDeskiin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no voucher type: {type} is not sent.</source>
        <translation>Infinityn vienneillä ei ole tositelajia: {type} ei lähde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma takes euros only and has no exchange rate: {rate} is not sent.</source>
        <translation>Confirma ottaa vain euroja eikä kurssia: {rate} ei lähde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no project: project {project} is not sent.</source>
        <translation>Infinityn vienneillä ei ole projektia: projekti {project} ei lähde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity&apos;s ledger entries have no dimensions: {name} ({kind}) {value} is not sent.</source>
        <translation>Infinityn vienneillä ei ole dimensioita: {name} ({kind}) {value} ei lähde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one text per entry: this line&apos;s text is not sent; its entry goes with &apos;{text}&apos;.</source>
        <translation>Infinity pitää yhden tekstin vientiä kohden: tämän rivin teksti ei lähde; sen vienti saa tekstin &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one date per entry: this line&apos;s date {day} is not sent; its entry is dated {entry_day}.</source>
        <translation>Infinity pitää yhden päivämäärän vientiä kohden: tämän rivin päivämäärä {day} ei lähde; sen vienti päivätään {entry_day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity keeps one date per entry: this line&apos;s date {day} is not sent; its entry is dated without a date.</source>
        <translation>Infinity pitää yhden päivämäärän vientiä kohden: tämän rivin päivämäärä {day} ei lähde; sen vienti jää ilman päivämäärää.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity keeps one text per entry and takes the lines&apos; texts: the voucher description is not sent.</source>
        <translation>Infinity pitää yhden tekstin vientiä kohden ja ottaa rivien tekstit: tositteen selite ei lähde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no identifier; LedgerDesk derived one from its content, so this file is never posted twice. Give it an &quot;identifier&quot; to post an identical voucher again.</source>
        <translation>Tiedostossa ei ole tunnistetta; LedgerDesk johti sen sisällöstä, joten tätä tiedostoa ei koskaan lähetetä kahdesti. Anna sille &quot;identifier&quot;, jos haluat lähettää samanlaisen tositteen uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a valid date (YYYY-MM-DD).</source>
        <translation>{text} ei ole kelvollinen päivämäärä (VVVV-KK-PP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date in the calendar.</source>
        <translation>&apos;{text}&apos; ei ole kalenterin päivämäärä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date (e.g. 12.12.2025, 2025-12-12, t for today, +1).</source>
        <translation>&apos;{text}&apos; ei ole päivämäärä (esim. 12.12.2025, 2025-12-12, t = tänään, +1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account}&apos;s default VAT code {code} is the {percent} % class. Since {since}, {products} are in the {new_percent} % class{codes}; on {day} {code} covers {covers}. Check this line and the account&apos;s default code.</source>
        <translation>Tilin {account} oletus-ALV-koodi {code} kuuluu {percent} %:n kantaan. {since} alkaen {products} kuuluvat {new_percent} %:n kantaan{codes}; päivänä {day} {code} kattaa: {covers}. Tarkista tämä rivi ja tilin oletuskoodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>less than before</source>
        <translation>vähemmän kuin ennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost centre</source>
        <translation>kustannuspaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a VAT mode: gross or net.</source>
        <translation>&apos;{text}&apos; ei ole ALV-tapa: brutto tai netto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No net amount closes the difference exactly at {rate}: {net} net makes {gross} with VAT, {off} off.</source>
        <translation>Mikään nettosumma ei kuittaa eroa tarkasti kannalla {rate}: {net} netto tekee {gross} verollisena, {off} eroa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount is empty.</source>
        <translation>Summa on tyhjä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; ei ole summa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has more than one decimal separator.</source>
        <translation>Summassa &apos;{text}&apos; on useampi kuin yksi desimaalierotin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; mixes separators after the decimals.</source>
        <translation>Summassa &apos;{text}&apos; on erottimia sekaisin desimaalien jälkeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is too long to be an amount.</source>
        <translation>Se on liian pitkä summaksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an amount (e.g. 1 234,56 or 100+25,50).</source>
        <translation>&apos;{text}&apos; ei ole summa (esim. 1 234,56 tai 100+25,50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has misplaced thousands separators.</source>
        <translation>Summassa &apos;{text}&apos; on tuhaterottimet väärissä kohdissa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is ambiguous in a cell that reads {example}: type {thousands} for the thousands, or {decimals}.</source>
        <translation>&apos;{text}&apos; on moniselitteinen solussa, joka lukee muotoa {example}: kirjoita {thousands} tuhansille tai {decimals}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not an amount or a sum (e.g. 100+25,50).</source>
        <translation>&apos;{text}&apos; ei ole summa eikä laskutoimitus (esim. 100+25,50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; divides by zero.</source>
        <translation>&apos;{text}&apos; jakaa nollalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos;: brackets already mean a negative amount; leave out the minus.</source>
        <translation>&apos;{text}&apos;: sulut tarkoittavat jo negatiivista summaa; jätä miinus pois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; ei ole luku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like voucher {number}, posted on {day} with the same date, total and accounts. Check that it is not entered twice.</source>
        <translation>Tämä näyttää tositteelta {number}, joka lähetettiin {day} samalla päivämäärällä, summalla ja tileillä. Tarkista, ettei sitä ole syötetty kahdesti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This looks like submission {submission}, posted on {day} with the same date, total and accounts. Check that it is not entered twice.</source>
        <translation>Tämä näyttää lähetykseltä {submission}, joka lähetettiin {day} samalla päivämäärällä, summalla ja tileillä. Tarkista, ettei sitä ole syötetty kahdesti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number {number} is already used by submission {submission} ({state}) of this profile; sending this voucher could book it twice. Give it another number, or pass --allow-number-reuse if it really is another voucher.</source>
        <translation>Numero {number} on jo tämän profiilin lähetyksen {submission} ({state}) käytössä; tämän tositteen lähettäminen voisi kirjata sen kahdesti. Anna sille toinen numero, tai käytä valitsinta --allow-number-reuse, jos se todella on eri tosite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voucher has errors; nothing was queued.</source>
        <translation>Tositteessa on virheitä; mitään ei jonotettu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher number is in use; nothing was queued.</source>
        <translation>Tositenumero on käytössä; mitään ei jonotettu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher is already in the outbox.</source>
        <translation>Tosite on jo lähtevien jonossa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued.</source>
        <translation>Jonossa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries already booked in Infinity would change; nothing was queued.</source>
        <translation>Infinityyn jo kirjatut viennit muuttuisivat; mitään ei jonotettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued again.</source>
        <translation>Jonossa uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued again; {count} entry already booked is not sent again.</source>
        <translation>Jonossa uudelleen; {count} jo kirjattu vienti ei lähde uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued again; {count} entries already booked are not sent again.</source>
        <translation>Jonossa uudelleen; {count} jo kirjattua vientiä ei lähde uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued as the correction of voucher {voucher} (submission {submission}), which Infinity partly refused; {count} entry it booked is not sent again.</source>
        <translation>Jonossa tositteen {voucher} (lähetys {submission}) korjauksena, jonka Infinity hylkäsi osittain; {count} sen kirjaama vienti ei lähde uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued as the correction of voucher {voucher} (submission {submission}), which Infinity partly refused; {count} entries it booked are not sent again.</source>
        <translation>Jonossa tositteen {voucher} (lähetys {submission}) korjauksena, jonka Infinity hylkäsi osittain; {count} sen kirjaamaa vientiä ei lähde uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every entry of this voucher was already booked.</source>
        <translation>Tositteen kaikki viennit oli jo kirjattu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the outbox ({state}).</source>
        <translation>Jo lähtevien jonossa ({state}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher was already posted (submission {submission}, {state}); it is not sent twice.</source>
        <translation>Tosite on jo lähetetty (lähetys {submission}, {state}); sitä ei lähetetä kahdesti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {entry} is already booked in Infinity ({debit_account} / {credit_account}, {amount} {currency}, {day}) and the corrected voucher no longer contains it unchanged. Keep that entry as booked and correct only the refused one, or book a reversal of it.</source>
        <translation>Vienti {entry} on jo kirjattu Infinityyn ({debit_account} / {credit_account}, {amount} {currency}, {day}), eikä korjattu tosite enää sisällä sitä muuttumattomana. Pidä se vienti kirjattuna ja korjaa vain hylätty, tai kirjaa sille vastakirjaus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirma refused {path}: {said}</source>
        <translation>Confirma hylkäsi kentän {path}: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma refused {path}.</source>
        <translation>Confirma hylkäsi kentän {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (on the VAT row derived from this line)</source>
        <translation>{reason} (rivistä johdetulla ALV-rivillä)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity refused {name}{code}: {said}</source>
        <translation>Infinity hylkäsi kohteen {name}{code}: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity refused {name}{code}.</source>
        <translation>Infinity hylkäsi kohteen {name}{code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debit account</source>
        <translation>debet-tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit account</source>
        <translation>kredit-tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount</source>
        <translation>summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency</source>
        <translation>valuutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exchange rate</source>
        <translation>kurssi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VAT code</source>
        <translation>ALV-koodi</translation>
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
        <translation>rivi {line}, {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header, {field}</source>
        <translation>otsikko, {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service accepted the request.</source>
        <translation>Palvelu hyväksyi pyynnön.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was refused: it is not valid for this service and environment. Check the key stored in the profile.</source>
        <translation>API-avain hylättiin: se ei kelpaa tähän palveluun ja ympäristöön. Tarkista profiiliin tallennettu avain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key has expired. Renew it, or ask the service for a new one.</source>
        <translation>API-avain on vanhentunut. Uusi se tai pyydä palvelulta uusi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was refused, and the service did not say why.</source>
        <translation>API-avain hylättiin, eikä palvelu kertonut syytä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused the voucher (HTTP {status}).</source>
        <translation>Palvelu hylkäsi tositteen (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused the voucher (HTTP {status}, code {code}).</source>
        <translation>Palvelu hylkäsi tositteen (HTTP {status}, koodi {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It said: {said}</source>
        <translation>Palvelun vastaus: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: {places}.</source>
        <translation>Tarkista: {places}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields it named: {fields}.</source>
        <translation>Palvelun nimeämät kentät: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer: {excerpt}</source>
        <translation>Palvelun vastaus: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service says too many requests were sent. The request was not processed; try again in {wait}.</source>
        <translation>Palvelun mukaan pyyntöjä lähetettiin liikaa. Pyyntöä ei käsitelty; yritä uudelleen {wait} kuluttua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service says too many requests were sent. The request was not processed; try again later.</source>
        <translation>Palvelun mukaan pyyntöjä lähetettiin liikaa. Pyyntöä ei käsitelty; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LedgerDesk held the request back to stay inside the service&apos;s hourly limit. The request was not processed; try again in {wait}.</source>
        <translation>LedgerDesk pidätti pyynnön pysyäkseen palvelun tuntirajan sisällä. Pyyntöä ei käsitelty; yritä uudelleen {wait} kuluttua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LedgerDesk held the request back to stay inside the service&apos;s hourly limit. The request was not processed; try again later.</source>
        <translation>LedgerDesk pidätti pyynnön pysyäkseen palvelun tuntirajan sisällä. Pyyntöä ei käsitelty; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service had a temporary problem: {reason}</source>
        <translation>Palvelussa oli tilapäinen ongelma: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status} {phrase}, as a web page: {excerpt}</source>
        <translation>HTTP {status} {phrase}, verkkosivuna: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status} {phrase}, as an unreadable answer: {excerpt}</source>
        <translation>HTTP {status} {phrase}, lukukelvottomana vastauksena: {excerpt}</translation>
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
        <translation>Palvelu antoi vastauksen, jota LedgerDesk ei osaa lukea (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head} Its answer began: {excerpt}</source>
        <translation>{head} Vastauksen alku: {excerpt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Mitään ei lähetetty: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not known whether the service received this: {reason}. {advice}</source>
        <translation>Ei tiedetä, saiko palvelu tämän: {reason}. {advice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in the service whether it arrived before sending it again.</source>
        <translation>Tarkista palvelusta, tuliko se perille, ennen kuin lähetät sen uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API key of profile &apos;{profile}&apos; could not be read: {reason}</source>
        <translation>profiilin &apos;{profile}&apos; API-avainta ei voitu lukea: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API key of profile &apos;{profile}&apos; is empty or contains spaces or characters that cannot be sent; enter it again.</source>
        <translation>profiilin &apos;{profile}&apos; API-avain on tyhjä tai sisältää välilyöntejä tai merkkejä, joita ei voi lähettää; anna se uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key to try contains characters that cannot be sent.</source>
        <translation>kokeiltava avain sisältää merkkejä, joita ei voi lähettää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not accept a connection within {seconds} s</source>
        <translation>palvelu ei hyväksynyt yhteyttä {seconds} sekunnissa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection became free in time</source>
        <translation>yhteyttä ei vapautunut ajoissa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s certificate could not be verified ({detail}); the connection was refused to protect the key</source>
        <translation>palvelun varmennetta ei voitu todentaa ({detail}); yhteys estettiin avaimen suojaamiseksi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not connect to the service ({detail})</source>
        <translation>palveluun ei saatu yhteyttä ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request could not be prepared ({detail})</source>
        <translation>pyyntöä ei voitu valmistella ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer came within {seconds} s</source>
        <translation>vastausta ei tullut {seconds} sekunnissa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending the request took too long and was abandoned part way</source>
        <translation>pyynnön lähettäminen kesti liian kauan ja keskeytettiin kesken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed before a complete answer came ({detail})</source>
        <translation>yhteys katkesi ennen kuin koko vastaus tuli ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection broke ({detail})</source>
        <translation>yhteys katkesi ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service&apos;s answer could not be decoded ({detail}).</source>
        <translation>Palvelun vastausta ei voitu purkaa ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{service} redirected the request elsewhere (HTTP {status}); it was not followed. Check the profile&apos;s address</source>
        <translation>{service} ohjasi pyynnön muualle (HTTP {status}); ohjausta ei seurattu. Tarkista profiilin osoite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answers at this address (HTTP {status}). Check the profile&apos;s address</source>
        <translation>tässä osoitteessa ei vastaa mikään (HTTP {status}). Tarkista profiilin osoite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} gave up waiting for the request (HTTP 408)</source>
        <translation>{service} lakkasi odottamasta pyyntöä (HTTP 408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher is too large for {service} to take in one request (HTTP 413 Payload Too Large). Split it into smaller vouchers.</source>
        <translation>Tosite on liian suuri palvelun {service} vastaanotettavaksi yhdellä pyynnöllä (HTTP 413 Payload Too Large). Jaa se pienempiin tositteisiin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} said: {said}</source>
        <translation>Palvelun {service} vastaus: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attempt was made</source>
        <translation>yritystä ei tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the voucher does not fit Confirma&apos;s format: {problems}</source>
        <translation>tosite ei sovi Confirman muotoon: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry does not fit Infinity&apos;s format: {problems}</source>
        <translation>vienti ei sovi Infinityn muotoon: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on Linux install and unlock GNOME Keyring or KWallet (Secret Service) in your desktop session; on Windows and macOS the system keyring is built in</source>
        <translation>Linuxissa asenna ja avaa GNOME Keyring tai KWallet (Secret Service) työpöytäistunnossasi; Windowsissa ja macOS:ssä järjestelmän avainnippu on valmiina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No OS keyring is available: {hint}, then try again.</source>
        <translation>Käyttöjärjestelmän avainnippua ei ole käytettävissä: {hint}, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The only keyring available ({backend}) keeps API keys unencrypted in a file, so LedgerDesk will not use it: {hint}. To accept unencrypted keys anyway, set {variable}=1.</source>
        <translation>Ainoa saatavilla oleva avainnippu ({backend}) säilyttää API-avaimet salaamattomina tiedostossa, joten LedgerDesk ei käytä sitä: {hint}. Jos hyväksyt salaamattomat avaimet silti, aseta {variable}=1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OS keyring is locked (or the unlock prompt was dismissed): unlock it, for example by logging in to your desktop session or opening your keyring app, then try again.</source>
        <translation>Käyttöjärjestelmän avainnippu on lukittu (tai avauskehote suljettiin): avaa se esimerkiksi kirjautumalla työpöytäistuntoon tai avaamalla avainnippusovellus, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OS keyring refused LedgerDesk access to the API key: allow access when the keyring asks, or check its access settings, then try again.</source>
        <translation>Käyttöjärjestelmän avainnippu esti LedgerDeskiltä pääsyn API-avaimeen: salli pääsy, kun avainnippu kysyy, tai tarkista sen käyttöoikeusasetukset, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} (Keyring said: {detail})</source>
        <translation>{text} (Avainnipun viesti: {detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring did not answer within {seconds} s (it may have stopped, or be waiting for an unlock prompt that cannot be shown): restart it (log out of your desktop session and back in, or restart GNOME Keyring or KWallet), unlock it, then try again.</source>
        <translation>Käyttöjärjestelmän avainnippu ei vastannut {seconds} sekunnissa (se on ehkä pysähtynyt tai odottaa avauskehotetta, jota ei voi näyttää): käynnistä se uudelleen (kirjaudu ulos työpöytäistunnosta ja takaisin, tai käynnistä GNOME Keyring tai KWallet uudelleen), avaa se ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} Nothing was sent; vouchers already in the outbox stay queued. Send again once the keyring answers.</source>
        <translation>{problem} Mitään ei lähetetty; lähtevissä jo olevat tositteet odottavat jonossa. Lähetä uudelleen, kun avainnippu vastaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key stored for profile {profile}: run `ledgerdesk profile set-key {profile}` (or `ledgerdesk profile add ...` for a new profile) or set it in Profiles.</source>
        <translation>Profiilille {profile} ei ole tallennettu API-avainta: suorita `ledgerdesk profile set-key {profile}` (tai uudelle profiilille `ledgerdesk profile add ...`) tai aseta se Profiileissa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity documents no way to renew a key: create a new token in Infinity and store it here.</source>
        <translation>Infinity ei dokumentoi tapaa uusia avainta: luo uusi tunnus Infinityssä ja tallenna se tänne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma issued a new key, but the keyring could not store it: {reason} The old key is still stored; renew again once the keyring works.</source>
        <translation>Confirma antoi uuden avaimen, mutta avainnippu ei voinut tallentaa sitä: {reason} Vanha avain on yhä tallessa; uusi avain uudelleen, kun avainnippu toimii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{said} It is stored in {keyring} in place of the old one.</source>
        <translation>{said} Se on tallennettu kohteeseen {keyring} vanhan tilalle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the settings file {path}: {detail}.</source>
        <translation>Asetustiedostoa {path} ei voi lukea: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the settings file {path}: {detail}. It has not been replaced.</source>
        <translation>Asetustiedostoa {path} ei voi lukea: {detail}. Sitä ei ole korvattu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} holds values LedgerDesk cannot use ({detail}). It has been left as it is: correct it, or move it aside to start with no profiles.</source>
        <translation>Asetustiedostossa {path} on arvoja, joita LedgerDesk ei voi käyttää ({detail}). Se on jätetty ennalleen: korjaa se tai siirrä se syrjään, niin aloitetaan ilman profiileja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} is damaged (not valid JSON: {detail} at line {line}). It has been left as it is: repair it, or move it aside to start with no profiles.</source>
        <translation>Asetustiedosto {path} on vioittunut (ei kelvollista JSONia: {detail} rivillä {line}). Se on jätetty ennalleen: korjaa se tai siirrä se syrjään, niin aloitetaan ilman profiileja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} is damaged ({detail}). It has been left as it is: repair it, or move it aside to start with no profiles.</source>
        <translation>Asetustiedosto {path} on vioittunut ({detail}). Se on jätetty ennalleen: korjaa se tai siirrä se syrjään, niin aloitetaan ilman profiileja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} was written by a newer LedgerDesk (settings version {version}; this version reads up to {newest}). Update LedgerDesk. The file has been left as it is.</source>
        <translation>Asetustiedoston {path} on kirjoittanut uudempi LedgerDesk (asetusversio {version}; tämä versio lukee enintään version {newest}). Päivitä LedgerDesk. Tiedosto on jätetty ennalleen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirma did not list it after {attempts} attempts; check its status before sending it again.</source>
        <translation>Confirma ei listannut sitä {attempts} yrityksen jälkeen; tarkista sen tila ennen kuin lähetät sen uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma queued the voucher; it is sent on to the accounting system shortly.</source>
        <translation>Confirma otti tositteen jonoon; se välitetään kirjanpitojärjestelmään pian.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued, not yet in the accounting system</source>
        <translation>jonossa, ei vielä kirjanpitojärjestelmässä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the accounting system</source>
        <translation>kirjanpitojärjestelmässä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the accounting system since {since}</source>
        <translation>kirjanpitojärjestelmässä {since} alkaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed to reach the accounting system</source>
        <translation>ei päässyt kirjanpitojärjestelmään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words}: {description}</source>
        <translation>{words}: {description}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma has the voucher ({status}).</source>
        <translation>Tosite on Confirmalla ({status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma answered OK in a form LedgerDesk cannot read.</source>
        <translation>Confirma vastasi OK muodossa, jota LedgerDesk ei osaa lukea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma refused this key for this request (HTTP 403)</source>
        <translation>Confirma hylkäsi avaimen tälle pyynnölle (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma redirected the request (HTTP {status}); check the profile&apos;s address.</source>
        <translation>Confirma ohjasi pyynnön muualle (HTTP {status}); tarkista profiilin osoite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key was refused although Confirma&apos;s validation accepts it</source>
        <translation>avain hylättiin, vaikka Confirman tarkistus hyväksyy sen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma lists no vouchers.</source>
        <translation>Confirma ei listaa yhtään tositetta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma lists {count} vouchers.</source>
        <translation>Confirma listaa {count} tositetta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s status list cannot be read.</source>
        <translation>Confirman tilaluetteloa ei voi lukea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s key validation answer cannot be read.</source>
        <translation>Confirman avaintarkistuksen vastausta ei voi lukea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma accepts the key.</source>
        <translation>Confirma hyväksyy avaimen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s renewal answer cannot be read.</source>
        <translation>Confirman uusimisvastausta ei voi lukea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma renewed the key.</source>
        <translation>Confirma uusi avaimen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{said}</source>
        <translation>Confirman vastaus: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new key was found in Confirma&apos;s answer; the stored key stays in use.</source>
        <translation>Confirman vastauksesta ei löytynyt uutta avainta; tallennettu avain pysyy käytössä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma&apos;s new key was not accepted by validation; the stored key stays in use. {reason}</source>
        <translation>Confirman tarkistus ei hyväksynyt uutta avainta; tallennettu avain pysyy käytössä. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirma issued a new key and accepts it.</source>
        <translation>Confirma antoi uuden avaimen ja hyväksyy sen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma&apos;s status list could not be read either ({reason}); check the voucher&apos;s status before sending it again.</source>
        <translation>Myöskään Confirman tilaluetteloa ei voitu lukea ({reason}); tarkista tositteen tila ennen kuin lähetät sen uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Infinity cannot be asked whether an entry arrived; look at the unreviewed entries in Infinity before sending it again, or it may be booked twice.</source>
        <translation>Infinityltä ei voi kysyä, tuliko vienti perille; katso Infinityn tarkastamattomat viennit ennen kuin lähetät sen uudelleen, tai se voi kirjautua kahdesti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity accepts the key (it answered a request to read contacts).</source>
        <translation>Infinity hyväksyy avaimen (se vastasi yhteystietojen lukupyyntöön).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity refused this key for reading contacts (HTTP 403)</source>
        <translation>Infinity hylkäsi avaimen yhteystietojen lukemiseen (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity refused this key for this request (HTTP 403)</source>
        <translation>Infinity hylkäsi avaimen tälle pyynnölle (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity answered HTTP {status} at this address; check the profile&apos;s address.</source>
        <translation>Infinity vastasi tässä osoitteessa HTTP {status}; tarkista profiilin osoite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infinity answered OK (HTTP {status}) in a form LedgerDesk cannot read; the entry was probably booked. {advice}</source>
        <translation>Infinity vastasi OK (HTTP {status}) muodossa, jota LedgerDesk ei osaa lukea; vienti luultavasti kirjattiin. {advice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry may or may not be booked. {advice}</source>
        <translation>Vienti on voitu kirjata tai ei. {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry {entry} of {total} booked.</source>
        <translation>Vienti {entry}/{total} kirjattu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission {submission} belongs to profile {owner} ({target}); it is not sent with profile {profile}.</source>
        <translation>Lähetys {submission} kuuluu profiilille {owner} ({target}); sitä ei lähetetä profiililla {profile}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is {state}.</source>
        <translation>Tila: {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{booked} Booked differently from the preview: {differences}.</source>
        <translation>{booked} Kirjattu toisin kuin esikatselu näytti: {differences}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Infinity booked the entry: {count} transaction(s), net {net}{currency}, VAT {vat}{currency}.</source>
        <translation>Infinity kirjasi viennin: {count} tapahtuma(a), netto {net}{currency}, ALV {vat}{currency}.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Infinity booked all {entries} entries: {count} transaction(s), net {net}{currency}, VAT {vat}{currency}.</source>
        <translation>Infinity kirjasi kaikki {entries} vientiä: {count} tapahtuma(a), netto {net}{currency}, ALV {vat}{currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {entry} of this voucher is already booked in Infinity; correct the refused entry and send again, and only the entries not yet booked are sent.</source>
        <translation>Tämän tositteen vienti {entry} on jo kirjattu Infinityyn; korjaa hylätty vienti ja lähetä uudelleen, niin vain kirjaamattomat viennit lähetetään.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries {entries} of this voucher are already booked in Infinity; correct the refused entry and send again, and only the entries not yet booked are sent.</source>
        <translation>Tämän tositteen viennit {entries} on jo kirjattu Infinityyn; korjaa hylätty vienti ja lähetä uudelleen, niin vain kirjaamattomat viennit lähetetään.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity booked the entry: {count} transaction(s), net {net}{currency}.</source>
        <translation>Infinity kirjasi viennin: {count} tapahtuma(a), netto {net}{currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LedgerDesk stopped while sending this voucher; its outcome is not known yet.</source>
        <translation>LedgerDesk pysähtyi tätä tositetta lähettäessään; sen lopputulosta ei vielä tiedetä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop lost the team database for longer than its claim on the voucher, and another desktop has settled it meanwhile: it is {state} now. The answer that came here ({answer}) is kept in the audit log.</source>
        <translation>Tämä työasema menetti yhteyden tiimin tietokantaan pidemmäksi aikaa kuin sen varaus tositteeseen kesti, ja toinen työasema on sillä välin selvittänyt sen: sen tila on nyt {state}. Tänne tullut vastaus ({answer}) on tallessa tarkastuslokissa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked as posted by the bookkeeper.</source>
        <translation>Kirjanpitäjä merkitsi kirjatuksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the bookkeeper; nothing of it was booked.</source>
        <translation>Kirjanpitäjä perui; siitä ei kirjattu mitään.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_templates.py" line="+9"/>
        <source>{file} was not attached: there is no such file.</source>
        <translation>Tiedostoa {file} ei liitetty: sellaista tiedostoa ei ole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it cannot be read ({reason}).</source>
        <translation>Tiedostoa {file} ei liitetty: sitä ei voi lukea ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it is a folder; attach the files in it one by one.</source>
        <translation>Kohdetta {file} ei liitetty: se on kansio; liitä sen tiedostot yksitellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not attached: it is not a regular file (a pipe, device or socket).</source>
        <translation>Kohdetta {file} ei liitetty: se ei ole tavallinen tiedosto (vaan putki, laite tai pistoke).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not attached: it is empty (0 bytes).</source>
        <translation>Tiedostoa {file} ei liitetty: se on tyhjä (0 tavua).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not attached: it is {size} MB; a source document may be at most {limit} MB. Scan it at a lower resolution or split it.</source>
        <translation>Tiedostoa {file} ei liitetty: sen koko on {size} Mt; liite saa olla enintään {limit} Mt. Skannaa se pienemmällä tarkkuudella tai jaa se osiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached {file} to the voucher. Source documents stay with the firm: they are not sent to {target}.</source>
        <translation>Tiedosto {file} liitettiin tositteeseen. Liitteet jäävät toimistolle: niitä ei lähetetä palveluun {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached {file} to the voucher; the same document is already kept for another voucher and is stored once. Source documents stay with the firm: they are not sent to {target}.</source>
        <translation>Tiedosto {file} liitettiin tositteeseen; sama liite on jo tallessa toisen tositteen kanssa ja tallennetaan vain kerran. Liitteet jäävät toimistolle: niitä ei lähetetä palveluun {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is already attached to this voucher.</source>
        <translation>{file} on jo liitetty tähän tositteeseen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {file} from the voucher.</source>
        <translation>Tiedosto {file} poistettiin tositteelta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} stays with the voucher: it has been submitted, and its source documents stay with what was posted.</source>
        <translation>{file} pysyy tositteella: tosite on lähetetty, ja sen liitteet pysyvät lähetetyn tositteen mukana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source document {file} is no longer stored.</source>
        <translation>Liitettä {file} ei ole enää tallessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be opened: {reason}</source>
        <translation>Tiedostoa {file} ei voitu avata: {reason}</translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <location filename="../../app/ui/outcome_bar.py" line="+22"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome message</source>
        <translation>Tulosviesti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Sulje viesti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../app/ui/paste_dialog.py" line="+25"/>
        <source>Amount (signed)</source>
        <translation>Summa (etumerkillinen)</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+2"/>
        <source>Paste rows — preview</source>
        <translation>Liitä rivejä — esikatselu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns were recognised from the header row.</source>
        <translation>Sarakkeet tunnistettiin otsikkorivistä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header row: columns are read in the grid&apos;s order.</source>
        <translation>Ei otsikkoriviä: sarakkeet luetaan taulukon järjestyksessä.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) read from the clipboard.</source>
        <translation>
            <numerusform>Leikepöydältä luettiin %n rivi.</numerusform>
            <numerusform>Leikepöydältä luettiin %n riviä.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix a red cell here (F2 or type over it), or insert as is: the problems stay flagged in the grid.</source>
        <translation>Korjaa punainen solu tässä (F2 tai kirjoita päälle) tai lisää sellaisenaan: ongelmat jäävät merkityiksi taulukkoon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted columns:</source>
        <translation>Liitetyt sarakkeet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field of pasted column {number}</source>
        <translation>Liitetyn sarakkeen {number} kenttä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}: not used</source>
        <translation>{number}: ei käytössä</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pasted rows</source>
        <translation>Liitetyt rivit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}, {bad} with problems.</source>
        <translation>{rows}, joista {bad} ongelmallisia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}, no problems.</source>
        <translation>{rows}, ei ongelmia.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Insert %n line(s)</source>
        <translation>
            <numerusform>Lisää %n rivi</numerusform>
            <numerusform>Lisää %n riviä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{insert} ({flagged} flagged)</source>
        <translation>{insert} ({flagged} merkitty)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clipboard holds no rows to paste.</source>
        <translation>Leikepöydällä ei ole liitettäviä rivejä.</translation>
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
        <translation>Rivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../app/ui/profiles/form.py" line="+46"/>
        <source>sandbox (practice)</source>
        <translation>harjoitusympäristö (sandbox)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staging (the vendor&apos;s test system)</source>
        <translation>staging (palveluntarjoajan testijärjestelmä)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production (real entries)</source>
        <translation>tuotanto (oikeat kirjaukset)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Finnish business ID, e.g. 0737546-2</source>
        <translation>Y-tunnus, esim. 0737546-2</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>x-api-token: &lt;key&gt; (current documentation)</source>
        <translation>x-api-token: &lt;avain&gt; (nykyinen dokumentaatio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer &lt;key&gt; (older beta page)</source>
        <translation>Authorization: Bearer &lt;avain&gt; (vanhempi beta-sivu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send explicit &amp;VAT rows (as Confirma&apos;s documented example does)</source>
        <translation>Lähetä erilliset &amp;ALV-rivit (kuten Confirman dokumentoitu esimerkki)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paste the API key: it goes straight to the OS keyring</source>
        <translation>liitä API-avain: se menee suoraan käyttöjärjestelmän avainnippuun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VAT codes</source>
        <translation>ALV-koodit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target</source>
        <translation>Koh&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment</source>
        <translation>&amp;Ympäristö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL</source>
        <translation>Perus-&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fiscal year starts in</source>
        <translation>T&amp;ilikausi alkaa</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chart of accounts: none imported; accounts are not checked. Import the company&apos;s chart, or start with the bundled one.</source>
        <translation>Tilikartta: ei tuotu; tilejä ei tarkisteta. Tuo yrityksen tilikartta tai aloita mukana tulevalla.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Compan&amp;y (UID)</source>
        <translation>Y&amp;ritys (UID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss UID, e.g. CHE-116.281.710</source>
        <translation>Sveitsin UID-tunnus, esim. CHE-116.281.710</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compan&amp;y (Y-tunnus)</source>
        <translation>Y&amp;ritys (Y-tunnus)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Auth header</source>
        <translation>Tunnistusotsa&amp;ke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key</source>
        <translation>API-a&amp;vain</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Chart of accounts: import one after saving (accounts are not checked without a chart).</source>
        <translation>Tilikartta: tuo se tallennuksen jälkeen (tilejä ei tarkisteta ilman tilikarttaa).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Chart of accounts: %n account(s) imported.</source>
        <translation>
            <numerusform>Tilikartta: %n tili tuotu.</numerusform>
            <numerusform>Tilikartta: %n tiliä tuotu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VAT codes — this profile&apos;s table (read-only)</source>
        <translation>ALV-koodit — tämän profiilin taulukko (vain luku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT codes — the bundled default for {target} (read-only)</source>
        <translation>ALV-koodit — kohteen {target} oletustaulukko (vain luku)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{target} documents no {environment} server: type its address</source>
        <translation>{target} ei dokumentoi {environment}-palvelinta: kirjoita sen osoite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Warning: {problem}</source>
        <translation>Varoitus: {problem}</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../app/ui/profiles/dialog.py" line="+45"/>
        <source>LedgerDesk — Profiles</source>
        <translation>LedgerDesk — Profiilit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New &amp;profile</source>
        <translation>Uusi pro&amp;fiili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation>Testaa y&amp;hteys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w key…</source>
        <translation>Uu&amp;si avain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import c&amp;hart…</source>
        <translation>Tu&amp;o tilikartta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;bundled chart</source>
        <translation>Käytä &amp;mallitilikarttaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profi&amp;les</source>
        <translation>Profii&amp;lit</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Key: checking the keyring…</source>
        <translation>Avain: tarkistetaan avainnippua…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key: stored in {keyring}</source>
        <translation>Avain: tallennettu avainnippuun {keyring}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: none needed — LedgerDesk&apos;s sandbox on this computer takes its public key; a key stored here would be used instead.</source>
        <translation>Avain: ei tarvita — LedgerDeskin harjoitusympäristö (sandbox) tällä tietokoneella hyväksyy julkisen avaimensa; tähän tallennettua avainta käytettäisiin sen sijaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: NOT stored — paste it above and save.</source>
        <translation>Avain: EI tallennettu — liitä se yllä ja tallenna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: no key on this computer — add yours: paste it above and save.</source>
        <translation>Avain: tällä tietokoneella ei ole avainta — lisää omasi: liitä se yllä ja tallenna.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A profile called &apos;{name}&apos; already exists.</source>
        <translation>Profiili &apos;{name}&apos; on jo olemassa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the profile&apos;s API key first: it is stored in the OS keyring, never in a file.</source>
        <translation>Liitä ensin profiilin API-avain: se tallennetaan käyttöjärjestelmän avainnippuun, ei koskaan tiedostoon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving {name}…</source>
        <translation>Tallennetaan {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {name}.</source>
        <translation>{name} tallennettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its API key is stored in {backend}.</source>
        <translation>Sen API-avain on tallennettu avainnippuun {backend}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key was not kept anywhere: paste it again.</source>
        <translation>Avainta ei säilytetty mihinkään: liitä se uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {problem}</source>
        <translation>Ei tallennettu: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drafts are open on {name}: send or close them, or move them to another profile (Alt+P in the draft), then remove it.</source>
        <translation>Profiilille {name} on avoimia luonnoksia: lähetä tai sulje ne tai siirrä ne toiseen profiiliin (Alt+P luonnoksessa), ja poista profiili sitten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove {name} for the whole office, and delete your API key of it from this computer&apos;s keyring? Colleagues&apos; keys stay in their keyrings; vouchers already sent stay in the review list.</source>
        <translation>Poistetaanko {name} koko toimistolta ja oma API-avaimesi tämän tietokoneen avainnipusta? Kollegojen avaimet jäävät heidän avainnippuihinsa; jo lähetetyt tositteet jäävät tarkastuslistaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove profile</source>
        <translation>Poista profiili</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove {name} and delete its API key from the keyring? Vouchers already sent stay in the review list.</source>
        <translation>Poistetaanko {name} ja sen API-avain avainnipusta? Jo lähetetyt tositteet jäävät lähetettyjen luetteloon.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not removed: {problem}</source>
        <translation>Ei poistettu: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name} and its API key.</source>
        <translation>{name} ja sen API-avain poistettu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking {target} whether it accepts the stored key…</source>
        <translation>Kysytään, hyväksyykö {target} tallennetun avaimen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renew key</source>
        <translation>Uusi avain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Confirma for a new API key for {name}? The new key is stored only after Confirma accepts it; otherwise the current key stays.</source>
        <translation>Pyydetäänkö Confirmalta uusi API-avain profiilille {name}? Uusi avain tallennetaan vasta, kun Confirma hyväksyy sen; muuten nykyinen avain säilyy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Confirma for a new key…</source>
        <translation>Pyydetään Confirmalta uutta avainta…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of accounts for {name}</source>
        <translation>Tilikartta profiilille {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Taulukkolaskentaviennit (*.csv *.txt *.tsv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} cannot be read: {problem}</source>
        <translation>Tiedostoa {file} ei voi lukea: {problem}</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+14"/>
        <source>The chart was not imported: {problem}</source>
        <translation>Tilikarttaa ei tuotu: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n account(s) into {name}&apos;s chart.</source>
        <translation>
            <numerusform>Profiilin {name} tilikarttaan tuotiin %n tili.</numerusform>
            <numerusform>Profiilin {name} tilikarttaan tuotiin %n tiliä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringNote</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="+397"/>
        <source>Recurring vouchers could not be made into drafts; the log has the details (Help ▸ Diagnostics).</source>
        <translation>Toistuvista tositteista ei voitu tehdä luonnoksia; lokissa on yksityiskohdat (Ohje ▸ Vianmääritys).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n recurring voucher(s) are due: they are open as drafts, not sent.</source>
        <translation>
            <numerusform>%n toistuva tosite erääntyi: se on avattu luonnoksena, ei lähetetty.</numerusform>
            <numerusform>%n toistuvaa tositetta erääntyi: ne on avattu luonnoksina, ei lähetetty.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template could not be read: {reason}</source>
        <translation>Mallipohjaa ei voitu lukea: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../app/ui/review/resolve_dialog.py" line="+32"/>
        <source>Decide: voucher {number}</source>
        <translation>Päätä: tosite {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infinity has no way to list what it booked, so LedgerDesk cannot check. Look in Infinity for entries of {date} with the description below: if they are there, choose “It was posted”; if not, “Send it again”.</source>
        <translation>Infinity ei pysty luettelemaan kirjaamaansa, joten LedgerDesk ei voi tarkistaa. Etsi Infinitystä päivän {date} kirjaukset alla olevalla selitteellä: jos ne ovat siellä, valitse ”Se kirjattiin”; jos eivät, ”Lähetä uudelleen”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirma&apos;s status list did not settle it. Look in the accounting system: if the voucher is there, choose “It was posted”; if not, “Send it again” (same identifier).</source>
        <translation>Confirman tilaluettelo ei ratkaissut asiaa. Katso kirjanpitojärjestelmästä: jos tosite on siellä, valitse ”Se kirjattiin”; jos ei, ”Lähetä uudelleen” (sama tunniste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Voucher {number}&lt;/b&gt; · {date} · {description}&lt;br&gt;It was being sent to {target} ({profile}) and no clear answer came back: {detail}</source>
        <translation>&lt;b&gt;Tosite {number}&lt;/b&gt; · {date} · {description}&lt;br&gt;Sitä lähetettiin kohteeseen {target} ({profile}), eikä selvää vastausta tullut: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>ei vastausta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— The requests and where each stands —</source>
        <translation>— Pyynnöt ja kunkin tila —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It &amp;was posted</source>
        <translation>Se &amp;kirjattiin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>&amp;Lähetä uudelleen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the audit log holds (exact bodies):</source>
        <translation>Tapahtumalokin sisältö (tarkat sanomat):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark voucher {number} as posted?

LedgerDesk will record your decision in the audit log and will never send it again.</source>
        <translation>Merkitäänkö tosite {number} kirjatuksi?

LedgerDesk tallentaa päätöksesi tapahtumalokiin eikä lähetä tositetta enää koskaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send voucher {number} again?

If it did reach the target, it will be booked twice: send again only if you checked that it is not there.</source>
        <translation>Lähetetäänkö tosite {number} uudelleen?

Jos se jo meni perille, se kirjataan kahdesti: lähetä uudelleen vain, jos olet tarkistanut, ettei sitä ole siellä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm your decision</source>
        <translation>Vahvista päätöksesi</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../app/ui/review/actions.py" line="+80"/>
        <source>&amp;Voucher</source>
        <translation>T&amp;osite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;copy as a new draft</source>
        <translation>Avaa &amp;kopio uutena luonnoksena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the &amp;reversing voucher as a new draft</source>
        <translation>Tee &amp;vastakirjaus uutena luonnoksena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide: posted or send again…</source>
        <translation>&amp;Päätä: kirjattu vai lähetä uudelleen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List</source>
        <translation>Lu&amp;ettelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh sync status</source>
        <translation>&amp;Päivitä synkronoinnin tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export the list as CSV…</source>
        <translation>&amp;Vie luettelo CSV-tiedostoksi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;list</source>
        <translation>Siirry &amp;luetteloon</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save as PD&amp;F…</source>
        <translation>Tallenna PD&amp;F-tiedostoksi…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ca&amp;ncel the submission (nothing booked)…</source>
        <translation>&amp;Peru lähetys (mitään ei kirjattu)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Journal of the posted vouchers (PDF or CSV)…</source>
        <translation>Päiväkirja &amp;kirjatuista tositteista (PDF tai CSV)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear &amp;filters</source>
        <translation>Tyhjennä &amp;suodattimet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the review</source>
        <translation>Sul&amp;je lähetetyt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a voucher in the list first.</source>
        <translation>Valitse ensin tosite luettelosta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of voucher {number} is open as a new draft, dated today.</source>
        <translation>Tositteen {number} kopio on avattu uutena luonnoksena, päivättynä tälle päivälle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reversal of voucher {number} is open as a new draft: check its date (a closed period needs today&apos;s) and send it with Ctrl+Enter.</source>
        <translation>Tositteen {number} vastakirjaus on avattu uutena luonnoksena: tarkista sen päivämäärä (suljetulle kaudelle tämä päivä) ja lähetä se näppäimillä Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voucher cannot be read: {error}</source>
        <translation>Tositetta ei voi lukea: {error}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only an uncertain voucher waits for a decision; this one is {state}.</source>
        <translation>Vain epävarma tosite odottaa päätöstä; tämän tila on {state}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording your decision on voucher {number}…</source>
        <translation>Tallennetaan päätöstäsi tositteesta {number}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voucher {number} is now {state}: {message}</source>
        <translation>Tositteen {number} tila on nyt {state}: {message}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a queued or rejected voucher can be cancelled; this one is {state}.</source>
        <translation>Vain jonossa oleva tai hylätty tosite voidaan perua; tämän tila on {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voucher {number} cannot be cancelled: the target already booked part of it, or may have (see its requests and what was booked).</source>
        <translation>Tositetta {number} ei voi perua: kohde on jo kirjannut siitä osan, tai on voinut kirjata (katso sen pyynnöt ja kirjaukset).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the submission</source>
        <translation>Peru lähetys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel voucher {number}? Nothing of it was booked at the target; it will not be sent. You can correct it and send it again later.</source>
        <translation>Perutaanko tosite {number}? Kohteeseen ei kirjattu siitä mitään, eikä sitä lähetetä. Voit korjata sen ja lähettää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing was booked.</source>
        <translation>mitään ei kirjattu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the review list</source>
        <translation>Vie lähetettyjen luettelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Exporting to {path}…</source>
        <translation>Viedään tiedostoon {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n line(s) to {path}.</source>
        <translation>
            <numerusform>%n rivi viety tiedostoon {path}.</numerusform>
            <numerusform>%n riviä viety tiedostoon {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: {error}</source>
        <translation>Vienti epäonnistui: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the journal</source>
        <translation>Tallenna päiväkirja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the journal to {path}…</source>
        <translation>Kirjoitetaan päiväkirjaa tiedostoon {path}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal could not be written: {error}</source>
        <translation>Päiväkirjaa ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal of {vouchers} posted voucher(s): {rows} row(s) written to {path}.</source>
        <translation>Päiväkirja, {vouchers} kirjattua tositetta: {rows} riviä kirjoitettu tiedostoon {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal of {vouchers} posted voucher(s): {pages} page(s) written to {path}.</source>
        <translation>Päiväkirja, {vouchers} kirjattua tositetta: {pages} sivua kirjoitettu tiedostoon {path}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the voucher as PDF</source>
        <translation>Tallenna tosite PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing was written (is the folder writable?)</source>
        <translation>mitään ei kirjoitettu (onko kansioon kirjoitusoikeus?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF-tiedostoa ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync status is being read; it will be read again right after.</source>
        <translation>Synkronoinnin tilaa luetaan parhaillaan; se luetaan uudelleen heti perään.</translation>
    </message>
</context>
<context>
    <name>ReviewCenter</name>
    <message numerus="yes">
        <location filename="../../app/ui/review/center.py" line="+93"/>
        <source>%n voucher(s) were being sent when LedgerDesk last stopped. Confirma&apos;s are checked and settled by themselves; Infinity&apos;s wait for your decision (Ctrl+Shift+U).</source>
        <translation>
            <numerusform>%n tosite oli lähdössä, kun LedgerDesk viimeksi pysähtyi. Confirman tositteet tarkistetaan ja ratkaistaan itsestään; Infinityn tositteet odottavat päätöstäsi (Ctrl+Shift+U).</numerusform>
            <numerusform>%n tositetta oli lähdössä, kun LedgerDesk viimeksi pysähtyi. Confirman tositteet tarkistetaan ja ratkaistaan itsestään; Infinityn tositteet odottavat päätöstäsi (Ctrl+Shift+U).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEvidence</name>
    <message>
        <location filename="../../app/ui/review/evidence.py" line="+55"/>
        <source>  Sent:</source>
        <translation>  Lähetetty:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Received:</source>
        <translation>  Vastaanotettu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log holds nothing for this voucher.</source>
        <translation>Tapahtumalokissa ei ole mitään tästä tositteesta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request {seq}: {state}</source>
        <translation>Pyyntö {seq}: {state}</translation>
    </message>
</context>
<context>
    <name>ReviewStates</name>
    <message>
        <location filename="../../app/ui/review/states.py" line="+39"/>
        <source>queued</source>
        <translation>jonossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>lähetetään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending at target</source>
        <translation>odottaa kohteessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synced</source>
        <translation>synkronoitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed at target</source>
        <translation>epäonnistui kohteessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>epävarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked differently</source>
        <translation>kirjattu toisin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting in the outbox; nothing has been booked.</source>
        <translation>Odottaa lähtevien jonossa; mitään ei ole kirjattu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent right now.</source>
        <translation>Lähetetään juuri nyt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target took it.</source>
        <translation>Kohde otti sen vastaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirma has it queued for the accounting system.</source>
        <translation>Confirma on jonottanut sen kirjanpitojärjestelmään.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked in the accounting system.</source>
        <translation>Kirjattu kirjanpitojärjestelmään.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accounting system refused it; see the description.</source>
        <translation>Kirjanpitojärjestelmä hylkäsi sen; katso kuvaus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target refused it; nothing was booked.</source>
        <translation>Kohde hylkäsi sen; mitään ei kirjattu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may or may not have arrived: your decision is needed (Ctrl+Shift+D).</source>
        <translation>Se on voinut mennä perille tai ei: tarvitaan päätöksesi (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by the bookkeeper; nothing was booked. It can be corrected and sent again.</source>
        <translation>Kirjanpitäjä perui sen; mitään ei kirjattu. Sen voi korjata ja lähettää uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target booked it, but not as the preview showed (other amounts or currency): compare them in the detail.</source>
        <translation>Kohde kirjasi sen, mutta eri tavalla kuin esikatselu näytti (eri summat tai valuutta): vertaa niitä tiedoissa.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../app/ui/review/model.py" line="+52"/>
        <source>Date</source>
        <translation>Pvm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile · target</source>
        <translation>Profiili · kohde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote ids</source>
        <translation>Kohteen tunnukset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Viimeksi muutettu</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Production: these entries are real.</source>
        <translation>Tuotanto: nämä kirjaukset ovat oikeita.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> · PRODUCTION</source>
        <translation> · TUOTANTO</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../app/ui/review/window.py" line="+63"/>
        <source>LedgerDesk — Review what was posted</source>
        <translation>LedgerDesk — Lähetetyt tositteet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vouchers posted</source>
        <translation>Lähetetyt tositteet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading Confirma&apos;s sync status…</source>
        <translation>Luetaan Confirman synkronoinnin tilaa…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The filter could not be remembered: {error}</source>
        <translation>Suodatinta ei voitu tallentaa: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n tosite</numerusform>
            <numerusform>%n tositetta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than {count} vouchers</source>
        <translation>Yli {count} tositetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · first {loaded} loaded (scroll for more)</source>
        <translation> · ensimmäiset {loaded} ladattu (vieritä nähdäksesi lisää)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sync status read at {time}</source>
        <translation>Synkronoinnin tila luettu klo {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voucher {number} failed at the target: {description}</source>
        <translation>Tosite {number} epäonnistui kohteessa: {description}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync status could not be read: {problems}</source>
        <translation>Synkronoinnin tilaa ei voitu lukea: {problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n voucher(s) changed state.</source>
        <translation>
            <numerusform>%n tositteen tila muuttui.</numerusform>
            <numerusform>%n tositteen tila muuttui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="-164"/>
        <source>Save as template</source>
        <translation>Tallenna mallipohjaksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amounts are typed for each voucher</source>
        <translation>&amp;Summat kirjoitetaan jokaiseen tositteeseen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te is typed for each voucher</source>
        <translation>&amp;Päivämäärä kirjoitetaan jokaiseen tositteeseen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recurring</source>
        <translation>Ei toistu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarterly</source>
        <translation>Neljännesvuosittain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yearly</source>
        <translation>Vuosittain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>31: the month&apos;s last day</source>
        <translation>31: kuukauden viimeinen päivä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recurring:</source>
        <translation>&amp;Toistuva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y of the month:</source>
        <translation>Kuukauden p&amp;äivä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due on or after:</source>
        <translation>&amp;Ensimmäinen eräpäivä aikaisintaan:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A template of this name exists: saving replaces it.</source>
        <translation>Tämänniminen mallipohja on jo olemassa: tallennus korvaa sen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each time it falls due, LedgerDesk opens it as a draft when it starts; nothing is sent until you send it.</source>
        <translation>Aina kun se erääntyy, LedgerDesk avaa sen käynnistyessään luonnoksena; mitään ei lähetetä ennen kuin lähetät sen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the first due date as in a date cell, e.g. {example}.</source>
        <translation>Kirjoita ensimmäinen eräpäivä kuten päivämääräsoluun, esim. {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the template a name.</source>
        <translation>Anna mallipohjalle nimi.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../app/ui/submit_dialog.py" line="+33"/>
        <location filename="../../app/ui/submit_lines.py" line="+19"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
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
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Verokoodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net (predicted)</source>
        <translation>Netto (ennuste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT (predicted)</source>
        <translation>ALV (ennuste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked in</source>
        <translation>Kirjausvaluutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Submit voucher {number} to {target}</source>
        <translation>Lähetä tosite {number} kohteeseen {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no number)</source>
        <translation>(ei numeroa)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &lt;b&gt;{profile}&lt;/b&gt; → {target} at &lt;code&gt;{url}&lt;/code&gt;. This is exactly what will be sent:</source>
        <translation>Profiili &lt;b&gt;{profile}&lt;/b&gt; → {target} osoitteessa &lt;code&gt;{url}&lt;/code&gt;. Tämä lähetetään täsmälleen näin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings (they do not stop sending):</source>
        <translation>Varoitukset (ne eivät estä lähettämistä):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {message}</source>
        <translation>rivi {line}: {message}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>What will be sent</source>
        <translation>Lähetettävä sisältö</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Lines as sent</source>
        <translation>&amp;Rivit kuten lähetetään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON, exactly as sent</source>
        <translation>&amp;JSON täsmälleen kuten lähetetään</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PRODUCTION</source>
        <translation>TUOTANTOON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to {target}</source>
        <translation>Lähetä: {target}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Infinity entries</source>
        <translation>Infinity-viennit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} (already booked, not sent again)</source>
        <translation>{n} (jo kirjattu, ei lähetetä uudelleen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The voucher is in {currency} without an exchange rate: Infinity converts it to CHF at its own rate, so the CHF amounts are known only after booking. The amounts below are in {currency}.</source>
        <translation>Tosite on valuutassa {currency} ilman vaihtokurssia: Infinity muuntaa sen frangeiksi (CHF) omalla kurssillaan, joten CHF-summat selviävät vasta kirjauksen jälkeen. Alla olevat summat ovat valuutassa {currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voucher is in {currency}: converted at {rate} CHF per {currency}; the predicted net and VAT below are in CHF.</source>
        <translation>Tosite on valuutassa {currency}: muunnetaan kurssilla {rate} CHF / {currency}; alla ennustetut netto ja ALV ovat frangeissa (CHF).</translation>
    </message>
    <message>
        <location filename="../../app/ui/submit_lines.py" line="-2"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT code: typed → sent</source>
        <translation>ALV-koodi: kirjoitettu → lähetetty</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VAT of line {line}</source>
        <translation>Rivin {line} ALV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirma ledger rows</source>
        <translation>Confirman kirjausrivit</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <location filename="../../app/ui/submit_flow.py" line="+42"/>
        <source>Sending to {target}…</source>
        <translation>Lähetetään kohteeseen {target}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Posting waits until the team database (server {server}) can be reached again. The draft stays here and is kept on this computer; press Ctrl+Enter again once the red banner is gone.</source>
        <translation>Kirjaaminen odottaa, kunnes tiimin tietokantaan (palvelin {server}) saadaan taas yhteys. Luonnos pysyy tässä ja säilytetään tällä tietokoneella; paina Ctrl+Enter uudelleen, kun punainen ilmoitus on poistunut.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s) to fix before sending: {first} (Ctrl+I lists them all).</source>
        <translation>
            <numerusform>%n virhe korjattava ennen lähettämistä: {first} (Ctrl+I luettelee kaikki).</numerusform>
            <numerusform>%n virhettä korjattava ennen lähettämistä: {first} (Ctrl+I luettelee kaikki).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Part of voucher {number} is already booked in Infinity, and the voucher no longer contains it unchanged. Keep the booked entries as they were and correct only the refused one, or book a reversal.</source>
        <translation>Osa tositteesta {number} on jo kirjattu Infinityyn, eikä tosite enää sisällä sitä muuttumattomana. Pidä kirjatut viennit ennallaan ja korjaa vain hylätty, tai kirjaa oikaisu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending voucher {number} to {target}…</source>
        <translation>Lähetetään tositetta {number} kohteeseen {target}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending voucher {number} to {target} ({profile})…</source>
        <translation>Lähetetään tositetta {number} kohteeseen {target} ({profile})…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(ei numeroa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booked differently: {message}</source>
        <translation>Kirjattu toisin: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher {number} was booked by {target} ({profile}), but not as the preview showed: {message} Compare them in the review (Ctrl+R).</source>
        <translation>{target} ({profile}) kirjasi tositteen {number}, mutta eri tavalla kuin esikatselu näytti: {message} Vertaa niitä katselmoinnissa (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent: {message}</source>
        <translation>Lähetetty: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher {number} sent to {target} ({profile}): {message}</source>
        <translation>Tosite {number} lähetetty kohteeseen {target} ({profile}): {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits in the outbox unchanged; Ctrl+Enter tries again.</source>
        <translation>Se odottaa muuttumattomana lähtevien jonossa; Ctrl+Enter yrittää uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LedgerDesk will not send it again without checking: see `ledgerdesk outbox`.</source>
        <translation>LedgerDesk ei lähetä sitä uudelleen tarkistamatta: katso `ledgerdesk outbox`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed: {message}</source>
        <translation>Ei vahvistettu: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher {number} was not confirmed by {target}: {message} {how}</source>
        <translation>{target} ei vahvistanut tositetta {number}: {message} {how}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voucher {number} was refused by {target}: {message}</source>
        <translation>{target} hylkäsi tositteen {number}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher {number} was not sent: {message}</source>
        <translation>Tositetta {number} ei lähetetty: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cells concerned are marked; fix them and press Ctrl+Enter again.</source>
        <translation>Kyseiset solut on merkitty; korjaa ne ja paina Ctrl+Enter uudelleen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voucher {number} could not be sent: {message}</source>
        <translation>Tositetta {number} ei voitu lähettää: {message}</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../app/ui/cell_editors.py" line="+61"/>
        <source>Suggestions</source>
        <translation>Ehdotukset</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <location filename="../../app/ui/team_banner.py" line="+61"/>
        <source>The team database (server {server}) cannot be reached — drafts are kept on this computer; posting waits until it is back. LedgerDesk tries again every few seconds.</source>
        <translation>Tiimin tietokantaan (palvelin {server}) ei saada yhteyttä — luonnokset säilytetään tällä tietokoneella; kirjaaminen odottaa, kunnes yhteys palaa. LedgerDesk yrittää uudelleen muutaman sekunnin välein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{colleague} took over a draft while this computer could not reach the team database. Both are kept: theirs, and yours as a new draft (it opens with the next start).</source>
        <translation>{colleague} otti luonnoksen haltuunsa, kun tämä tietokone ei saanut yhteyttä tiimin tietokantaan. Molemmat säilytetään: hänen versionsa ja sinun versiosi uutena luonnoksena (se avautuu seuraavalla käynnistyksellä).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague</source>
        <translation>Työtoveri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team database (server {server}) can be reached again: the drafts kept on this computer are in it, and posting works again.</source>
        <translation>Tiimin tietokantaan (palvelin {server}) saadaan taas yhteys: tällä tietokoneella säilytetyt luonnokset ovat nyt siellä, ja kirjaaminen toimii taas.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="+44"/>
        <source>LedgerDesk — Team database</source>
        <translation>LedgerDesk — Tiimin tietokanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database</source>
        <translation>Tiimin tietokanta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server or file:</source>
        <translation>Palvelin tai tiedosto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Skeemaversio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable:</source>
        <translation>Tavoitettavissa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues see you as:</source>
        <translation>Kollegat näkevät sinut nimellä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data location</source>
        <translation>Tämä tietosijainti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the OS keyring, never in a file</source>
        <translation>säilytetään käyttöjärjestelmän avainnipussa, ei koskaan tiedostossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how colleagues see you (default: your user name)</source>
        <translation>miten kollegat näkevät sinut (oletus: käyttäjänimesi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join</source>
        <translation>&amp;Liity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>S&amp;alasana:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Join the office&apos;s team database</source>
        <translation>Liity toimiston tiimin tietokantaan</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Leave the team database…</source>
        <translation>&amp;Poistu tiimin tietokannasta…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>checking…</source>
        <translation>tarkistetaan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the office&apos;s team database (PostgreSQL)</source>
        <translation>toimiston tiimin tietokanta (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer&apos;s own file (SQLite)</source>
        <translation>tämän tietokoneen oma tiedosto (SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: {problem}</source>
        <translation>ei: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (only when on a team database)</source>
        <translation>{name} (vain tiimin tietokannassa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join another team database</source>
        <translation>Liity toiseen tiimin tietokantaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This window still uses {where} until LedgerDesk is restarted: close it and start LedgerDesk again.</source>
        <translation>Tämä ikkuna käyttää yhä kohdetta {where}, kunnes LedgerDesk käynnistetään uudelleen: sulje se ja käynnistä LedgerDesk uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s own file</source>
        <translation>tämän tietokoneen omaa tiedostoa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the team database&apos;s address first.</source>
        <translation>Kirjoita ensin tiimin tietokannan osoite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the team database…</source>
        <translation>Yhdistetään tiimin tietokantaan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not joined; nothing was changed.</source>
        <translation>Ei liitytty; mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined the team database {server} (schema {version}).</source>
        <translation>Liitytty tiimin tietokantaan {server} (skeema {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profiles now shared with the office: {names} (your API keys stay in this computer&apos;s keyring).</source>
        <translation>Profiilisi jaetaan nyt toimiston kanssa: {names} (API-avaimesi pysyvät tämän tietokoneen avainnipussa).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office already has {names} with other settings: the office&apos;s are used.</source>
        <translation>Toimistolla on jo {names} eri asetuksin: toimiston asetuksia käytetään.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart LedgerDesk to use it: this window keeps its current database until then.</source>
        <translation>Käynnistä LedgerDesk uudelleen käyttääksesi sitä: tämä ikkuna käyttää siihen asti nykyistä tietokantaansa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That is not a PostgreSQL address. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Tämä ei ole PostgreSQL-osoite. Kirjoita se muodossa postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this password (or needs one): check it and type it again.</source>
        <translation>Palvelin ei hyväksynyt tätä salasanaa (tai vaatii sellaisen): tarkista se ja kirjoita uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password could not be kept in the OS keyring: {detail}</source>
        <translation>Salasanaa ei voitu tallentaa käyttöjärjestelmän avainnippuun: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: check the address and the network, and that the server is running.</source>
        <translation>Palvelimeen ei saada yhteyttä: tarkista osoite ja verkko sekä että palvelin on käynnissä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no database of that name: ask whoever runs it.</source>
        <translation>Palvelimella ei ole sen nimistä tietokantaa: kysy sen ylläpitäjältä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this user or this computer: ask whoever runs it for access.</source>
        <translation>Palvelin ei hyväksynyt tätä käyttäjää tai tietokonetta: pyydä pääsyä sen ylläpitäjältä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no LedgerDesk tables yet: it is set up once with `ledgerdesk team init` (docs/team.md).</source>
        <translation>Tässä tietokannassa ei ole vielä LedgerDeskin tauluja: se alustetaan kerran komennolla `ledgerdesk team init` (docs/team.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A newer LedgerDesk set up this database: update LedgerDesk first.</source>
        <translation>Uudempi LedgerDesk on alustanut tämän tietokannan: päivitä LedgerDesk ensin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team database cannot be used: {detail}</source>
        <translation>Tiimin tietokantaa ei voi käyttää: {detail}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Leave the team database</source>
        <translation>Poistu tiimin tietokannasta</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Use this computer&apos;s own database and profiles again? The team database keeps everything for your colleagues; its password is deleted from this computer&apos;s keyring. LedgerDesk must be restarted to use the local database.</source>
        <translation>Käytetäänkö taas tämän tietokoneen omaa tietokantaa ja profiileja? Tiimin tietokanta säilyttää kaiken kollegoillesi; sen salasana poistetaan tämän tietokoneen avainnipusta. LedgerDesk on käynnistettävä uudelleen paikallisen tietokannan käyttämiseksi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This data location already uses this computer&apos;s own database.</source>
        <translation>Tämä tietosijainti käyttää jo tämän tietokoneen omaa tietokantaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left the team database {server}. Restart LedgerDesk to use this computer&apos;s own database and profiles: this window keeps the team database until then.</source>
        <translation>Poistuttu tiimin tietokannasta {server}. Käynnistä LedgerDesk uudelleen käyttääksesi tämän tietokoneen omaa tietokantaa ja profiileja: tämä ikkuna käyttää tiimin tietokantaa siihen asti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its password could not be deleted from the keyring ({problem}).</source>
        <translation>Sen salasanaa ei voitu poistaa avainnipusta ({problem}).</translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message>
        <location filename="../../app/ui/template_dialogs.py" line="-283"/>
        <source>on request</source>
        <translation>pyydettäessä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on day {day} from {start}</source>
        <translation>kuukausittain päivänä {day} alkaen {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarterly on day {day} from {start}</source>
        <translation>neljännesvuosittain päivänä {day} alkaen {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly on day {day} from {start}</source>
        <translation>vuosittain päivänä {day} alkaen {start}</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Deleted the template {name}.</source>
        <translation>Mallipohja {name} poistettiin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no template {name} any more.</source>
        <translation>Mallipohjaa {name} ei enää ole.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {name} cannot be read: {reason}</source>
        <translation>Mallipohjaa {name} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New draft from the template {name}.</source>
        <translation>Uusi luonnos mallipohjasta {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its date and amounts.</source>
        <translation>Kirjoita sen päivämäärä ja summat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its amounts.</source>
        <translation>Kirjoita sen summat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type its date.</source>
        <translation>Kirjoita sen päivämäärä.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The draft has no lines yet: type the voucher, then save it as a template.</source>
        <translation>Luonnoksessa ei ole vielä rivejä: kirjoita tosite ja tallenna se sitten mallipohjaksi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a template needs a name</source>
        <translation>mallipohja tarvitsee nimen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a template name has at most {limit} characters</source>
        <translation>mallipohjan nimessä on enintään {limit} merkkiä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a template name is one line of text</source>
        <translation>mallipohjan nimi on yksi tekstirivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved as a template: {reason}.</source>
        <translation>Ei tallennettu mallipohjaksi: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced the template {name}.</source>
        <translation>Mallipohja {name} korvattiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the template {name}.</source>
        <translation>Mallipohja {name} tallennettiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recurring: {schedule}; next due {day}.</source>
        <translation>Toistuva: {schedule}; seuraava eräpäivä {day}.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location line="-315"/>
        <source>New draft from template</source>
        <translation>Uusi luonnos mallipohjasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to find a template</source>
        <translation>Kirjoita löytääksesi mallipohjan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a template</source>
        <translation>Etsi mallipohja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Mallipohjat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No templates yet. Save a draft as one with Ctrl+Shift+T.</source>
        <translation>Mallipohjia ei vielä ole. Tallenna luonnos mallipohjaksi näppäimillä Ctrl+Shift+T.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete template…</source>
        <translation>&amp;Poista mallipohja…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete template</source>
        <translation>Poista mallipohja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template {name}? Drafts made from it stay.</source>
        <translation>Poistetaanko mallipohja {name}? Siitä tehdyt luonnokset säilyvät.</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../../app/ui/totals_bar.py" line="+24"/>
        <source>Totals</source>
        <translation>Yhteissummat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Σ Debit</source>
        <translation>Σ Debet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total debit</source>
        <translation>Debet yhteensä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ Credit</source>
        <translation>Σ Kredit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total credit</source>
        <translation>Kredit yhteensä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Ero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT by code</source>
        <translation>ALV koodeittain</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>balanced</source>
        <translation>täsmää</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debit and credit balance.</source>
        <translation>Debet ja kredit täsmäävät.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit minus credit. Ctrl+B puts this into the current line.</source>
        <translation>Debet miinus kredit. Ctrl+B vie eron nykyiselle riville.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No VAT</source>
        <translation>Ei ALV:tä</translation>
    </message>
</context>
<context>
    <name>UncertainBanner</name>
    <message>
        <location filename="../../app/ui/review/banner.py" line="+23"/>
        <source>Review them… (Ctrl+Shift+U)</source>
        <translation>Näytä ne… (Ctrl+Shift+U)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n voucher(s) need your decision: LedgerDesk cannot tell whether they reached the target.</source>
        <translation>
            <numerusform>%n tosite odottaa päätöstäsi: LedgerDesk ei tiedä, menikö se perille.</numerusform>
            <numerusform>%n tositetta odottaa päätöstäsi: LedgerDesk ei tiedä, menivätkö ne perille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="+57"/>
        <source>Edit {column} on line {line}</source>
        <translation>Muokkaa: {column}, rivi {line}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit {field}</source>
        <translation>Muokkaa: {field}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post to {profile}</source>
        <translation>Kirjaa profiiliin {profile}</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/ui/diagnostics.py" line="+13"/>
        <location line="+1"/>
        <source>LedgerDesk met an unexpected error</source>
        <translation>LedgerDeskissä tapahtui odottamaton virhe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside LedgerDesk. What you typed is saved as you type; check the last thing you did. The details are in the log ({path}). Please send them to support: Copy details puts them on the clipboard.</source>
        <translation>LedgerDeskin sisällä meni jotain vikaan. Kirjoittamasi tallentuu kirjoittaessa; tarkista viimeisin tekemäsi asia. Tiedot ovat lokissa ({path}). Lähetä ne tukipalveluun: Kopioi tiedot vie ne leikepöydälle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopioi tiedot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details for support</source>
        <translation>Kopioi tiedot tukipalvelua varten</translation>
    </message>
</context>
<context>
    <name>VatMeaning</name>
    <message>
        <location filename="../../app/ui/vat_words.py" line="+19"/>
        <source>Sales, general rate (yleinen verokanta)</source>
        <translation>Myynti, yleinen verokanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate 1</source>
        <translation>Myynti, alennettu verokanta 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate 2</source>
        <translation>Myynti, alennettu verokanta 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, zero-rated</source>
        <translation>Myynti, nollaverokanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, general rate (deductible)</source>
        <translation>Ostot, yleinen verokanta (vähennettävä)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, reduced rate 1 (deductible)</source>
        <translation>Ostot, alennettu verokanta 1 (vähennettävä)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases, reduced rate 2 (deductible)</source>
        <translation>Ostot, alennettu verokanta 2 (vähennettävä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales, normal rate</source>
        <translation>Myynti, normaalikanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, reduced rate</source>
        <translation>Myynti, alennettu kanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, accommodation (special) rate</source>
        <translation>Myynti, majoituksen erityiskanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales, opted turnover (normally exempt, voluntarily taxed)</source>
        <translation>Myynti, vapaaehtoisesti verollinen (muuten verosta vapaa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export, exempt with input-tax credit (0 %)</source>
        <translation>Vienti, verosta vapaa, ostojen vero vähennettävissä (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services abroad (0 %)</source>
        <translation>Palvelut ulkomaille (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded turnover, no option (0 %)</source>
        <translation>Verosta vapaa liikevaihto ilman valintaa (0 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, normal rate</source>
        <translation>Ostojen vero aineista ja palveluista, normaalikanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, accommodation rate</source>
        <translation>Ostojen vero aineista ja palveluista, majoituskanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on materials and services, reduced rate</source>
        <translation>Ostojen vero aineista ja palveluista, alennettu kanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, normal rate</source>
        <translation>Ostojen vero investoinneista ja muista liikekuluista, normaalikanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, accommodation rate</source>
        <translation>Ostojen vero investoinneista ja muista liikekuluista, majoituskanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tax on investments and other operating costs, reduced rate</source>
        <translation>Ostojen vero investoinneista ja muista liikekuluista, alennettu kanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse charge (Bezugsteuer), materials</source>
        <translation>Käännetty verovelvollisuus (Bezugsteuer), aineet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse charge (Bezugsteuer), investments</source>
        <translation>Käännetty verovelvollisuus (Bezugsteuer), investoinnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity code ES (normal rate); Infinity does not document its meaning</source>
        <translation>Infinityn koodi ES (normaalikanta); Infinity ei dokumentoi sen merkitystä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity code ES (reduced rate); Infinity does not document its meaning</source>
        <translation>Infinityn koodi ES (alennettu kanta); Infinity ei dokumentoi sen merkitystä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>food, feed, restaurant and catering services</source>
        <translation>elintarvikkeet, rehut, ravintola- ja ateriapalvelut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>food, feed, restaurant and catering services; books, medicines, passenger transport, accommodation, cultural and sports admissions, film screenings</source>
        <translation>elintarvikkeet, rehut, ravintola- ja ateriapalvelut; kirjat, lääkkeet, henkilökuljetukset, majoitus, kulttuuri- ja liikuntatilaisuuksien pääsyliput, elokuvanäytökset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>books, medicines, passenger transport, accommodation, sports services, cultural and entertainment events, newspaper and periodical subscriptions</source>
        <translation>kirjat, lääkkeet, henkilökuljetukset, majoitus, liikuntapalvelut, kulttuuri- ja viihdetilaisuudet, sanoma- ja aikakauslehtien tilaukset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chiefly newspapers and magazines</source>
        <translation>pääasiassa sanoma- ja aikakauslehdet</translation>
    </message>
</context>
<context>
    <name>VatTableModel</name>
    <message>
        <location filename="../../app/ui/profiles/vat_model.py" line="+26"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning on {date}</source>
        <translation>Merkitys {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Puoli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT account</source>
        <translation>ALV-tili</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate on {date}</source>
        <translation>Kanta {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent</source>
        <translation>Lähetettävä koodi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>sales</source>
        <translation>myynti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>purchase</source>
        <translation>osto</translation>
    </message>
</context>
<context>
    <name>VoucherColumns</name>
    <message>
        <location filename="../../app/ui/voucher_model.py" line="+37"/>
        <source>Date</source>
        <translation>Pvm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Selite</translation>
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
        <translation>ALV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT amount</source>
        <translation>ALV-määrä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <translation>Kustannuspaikka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>euro</source>
        <translation>euroa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss francs</source>
        <translation>Sveitsin frangia</translation>
    </message>
</context>
<context>
    <name>VoucherDocument</name>
    <message>
        <location filename="../../app/ui/review/document.py" line="+56"/>
        <source>VAT {code}</source>
        <translation>ALV {code}</translation>
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
        <translation>Pvm</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teksti</translation>
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
        <translation>ALV-koodi</translation>
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
        <translation>ALV</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Voucher {number}</source>
        <translation>Tosite {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher identifier</source>
        <translation>Tositteen tunniste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Lähetys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote ids</source>
        <translation>Kohteen tunnukset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverses</source>
        <translation>Vastakirjaa tositteen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voucher cannot be read: {error}</source>
        <translation>Tositetta ei voi lukea: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions booked by Infinity</source>
        <translation>Infinityn kirjaamat tapahtumat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed {when} by LedgerDesk</source>
        <translation>Tulostettu {when} LedgerDeskillä</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>LedgerDesk voucher</source>
        <translation>LedgerDesk-tosite</translation>
    </message>
</context>
<context>
    <name>VoucherPage</name>
    <message>
        <location filename="../../app/ui/page_layout.py" line="+22"/>
        <source>Sending</source>
        <translation>Lähetys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending status</source>
        <translation>Lähetyksen tila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take over…</source>
        <translation>Ota haltuun…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voucher_page.py" line="+176"/>
        <source>Voucher {number} · {profile}</source>
        <translation>Tosite {number} · {profile}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New voucher · {profile}</source>
        <translation>Uusi tosite · {profile}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} edits this draft: it cannot change here (Ctrl+Shift+O takes it over).</source>
        <translation>{name} muokkaa tätä luonnosta: sitä ei voi muuttaa täällä (Ctrl+Shift+O ottaa sen haltuun).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher is being sent or waits in the outbox: it cannot change now.</source>
        <translation>Tositetta lähetetään tai se odottaa lähtevien jonossa: sitä ei voi nyt muuttaa.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New line</source>
        <translation>Uusi rivi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insert line {line}</source>
        <translation>Lisää rivi {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate line {line}</source>
        <translation>Monista rivi {line}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear line 1</source>
        <translation>Tyhjennä rivi 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete line {line}</source>
        <translation>Poista rivi {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance line {line}</source>
        <translation>Täsmäytä rivillä {line}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy {column} from line {line}</source>
        <translation>Kopioi {column} riviltä {line}</translation>
    </message>
</context>
<context>
    <name>VoucherTableModel</name>
    <message>
        <location filename="../../app/ui/voucher_model.py" line="+187"/>
        <source>VAT row of line {line}</source>
        <translation>rivin {line} ALV-rivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line {line}</source>
        <translation>rivi {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}, {where}</source>
        <translation>{column}, {where}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cell}: {value}</source>
        <translation>{cell}: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT of line {line}, derived from it: read-only. Edit line {line} to change it.</source>
        <translation>Rivin {line} ALV, laskettu siitä: vain luku. Muuta sitä muokkaamalla riviä {line}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: {message}</source>
        <translation>Virhe: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: {message}</source>
        <translation>Varoitus: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code}: the rate in force on {day}, the line&apos;s booking date.</source>
        <translation>{code}: verokanta, joka on voimassa {day}, rivin kirjauspäivänä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derived from the line&apos;s amount and VAT code: read-only.</source>
        <translation>Laskettu rivin summasta ja ALV-koodista: vain luku.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derived VAT row of line {line}</source>
        <translation>Rivistä {line} laskettu ALV-rivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line {line}</source>
        <translation>Rivi {line}</translation>
    </message>
</context>
<context>
    <name>VoucherView</name>
    <message>
        <location filename="../../app/ui/voucher_view.py" line="+41"/>
        <source>Voucher lines</source>
        <translation>Tositerivit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab or Enter: next cell. F6: the header. Ctrl+I: the issues. F1: every key.</source>
        <translation>Sarkain tai Enter: seuraava solu. F6: otsikkotiedot. Ctrl+I: huomautukset. F1: kaikki näppäimet.</translation>
    </message>
</context>
</TS>
