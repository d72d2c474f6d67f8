<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ChartImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/profiles/chart_import.py" line="+61"/>
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>&amp;Import %n account</numerusform>
            <numerusform>&amp;Import %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderWidget</name>
    <message numerus="yes">
        <location filename="../../app/ui/header_widget.py" line="+247"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The target accepts at most %n character(s).</source>
        <translation>
            <numerusform>The target accepts at most %n character.</numerusform>
            <numerusform>The target accepts at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/issues_panel.py" line="+153"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/paste_dialog.py" line="+128"/>
        <source>%n row(s) read from the clipboard.</source>
        <translation>
            <numerusform>%n row read from the clipboard.</numerusform>
            <numerusform>%n rows read from the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Insert %n line(s)</source>
        <translation>
            <numerusform>Insert %n line</numerusform>
            <numerusform>Insert %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message numerus="yes">
        <location filename="../../app/ui/profiles/form.py" line="+160"/>
        <source>Chart of accounts: %n account(s) imported.</source>
        <translation>
            <numerusform>Chart of accounts: %n account imported.</numerusform>
            <numerusform>Chart of accounts: %n accounts imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/profiles/dialog.py" line="+372"/>
        <source>Imported %n account(s) into {name}&apos;s chart.</source>
        <translation>
            <numerusform>Imported %n account into {name}&apos;s chart.</numerusform>
            <numerusform>Imported %n accounts into {name}&apos;s chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringNote</name>
    <message numerus="yes">
        <location filename="../../app/ui/template_dialogs.py" line="+405"/>
        <source>%n recurring voucher(s) are due: they are open as drafts, not sent.</source>
        <translation>
            <numerusform>%n recurring voucher is due: it is open as a draft, not sent.</numerusform>
            <numerusform>%n recurring vouchers are due: they are open as drafts, not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <location filename="../../app/ui/review/actions.py" line="+232"/>
        <source>Exported %n line(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n line to {path}.</numerusform>
            <numerusform>Exported %n lines to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCenter</name>
    <message numerus="yes">
        <location filename="../../app/ui/review/center.py" line="+93"/>
        <source>%n voucher(s) were being sent when LedgerDesk last stopped. Confirma&apos;s are checked and settled by themselves; Infinity&apos;s wait for your decision (Ctrl+Shift+U).</source>
        <translation>
            <numerusform>%n voucher was being sent when LedgerDesk last stopped. Confirma&apos;s are checked and settled by themselves; Infinity&apos;s wait for your decision (Ctrl+Shift+U).</numerusform>
            <numerusform>%n vouchers were being sent when LedgerDesk last stopped. Confirma&apos;s are checked and settled by themselves; Infinity&apos;s wait for your decision (Ctrl+Shift+U).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/review/window.py" line="+215"/>
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n voucher</numerusform>
            <numerusform>%n vouchers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n voucher(s) changed state.</source>
        <translation>
            <numerusform>%n voucher changed state.</numerusform>
            <numerusform>%n vouchers changed state.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message numerus="yes">
        <location filename="../../app/ui/submit_flow.py" line="+82"/>
        <source>%n error(s) to fix before sending: {first} (Ctrl+I lists them all).</source>
        <translation>
            <numerusform>%n error to fix before sending: {first} (Ctrl+I lists it).</numerusform>
            <numerusform>%n errors to fix before sending: {first} (Ctrl+I lists them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UncertainBanner</name>
    <message numerus="yes">
        <location filename="../../app/ui/review/banner.py" line="+36"/>
        <source>%n voucher(s) need your decision: LedgerDesk cannot tell whether they reached the target.</source>
        <translation>
            <numerusform>%n voucher needs your decision: LedgerDesk cannot tell whether it reached the target.</numerusform>
            <numerusform>%n vouchers need your decision: LedgerDesk cannot tell whether they reached the target.</numerusform>
        </translation>
    </message>
</context>
</TS>
