<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en_CA">
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <source>Voided %n response(s).</source>
        <translation>
            <numerusform>Voided %n response.</numerusform>
            <numerusform>Voided %n responses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln attendee</numerusform>
            <numerusform>%Ln attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln “%1” plan(s)</source>
        <translation>
            <numerusform>%Ln “%1” plan</numerusform>
            <numerusform>%Ln “%1” plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) “yes”</source>
        <translation>
            <numerusform>%Ln answer “yes”</numerusform>
            <numerusform>%Ln answers “yes”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) “no”</source>
        <translation>
            <numerusform>%Ln answer “no”</numerusform>
            <numerusform>%Ln answers “no”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) “not sure”</source>
        <translation>
            <numerusform>%Ln answer “not sure”</numerusform>
            <numerusform>%Ln answers “not sure”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndOfDayScreen</name>
    <message numerus="yes">
        <source>Bundle #%1 will hold everything on this computer: %Ln record(s).</source>
        <translation>
            <numerusform>Bundle #%1 will hold everything on this computer: %Ln record.</numerusform>
            <numerusform>Bundle #%1 will hold everything on this computer: %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 will hold everything on this laptop: %Ln record(s).</source>
        <translation>
            <numerusform>Bundle #%1 will hold everything on this laptop: %Ln record.</numerusform>
            <numerusform>Bundle #%1 will hold everything on this laptop: %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 will hold the changes since the last export: %Ln record(s).</source>
        <translation>
            <numerusform>Bundle #%1 will hold the changes since the last export: %Ln record.</numerusform>
            <numerusform>Bundle #%1 will hold the changes since the last export: %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 saved (%Ln record(s), %3): %4</source>
        <translation>
            <numerusform>Bundle #%1 saved (%Ln record, %3): %4</numerusform>
            <numerusform>Bundle #%1 saved (%Ln records, %3): %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventModeScreen</name>
    <message numerus="yes">
        <source>%Ln handed out</source>
        <translation>
            <numerusform>%Ln handed out</numerusform>
            <numerusform>%Ln handed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln attendee</numerusform>
            <numerusform>%Ln attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlyerDropsPanel</name>
    <message numerus="yes">
        <source>Recorded %Ln flyer(s) at %2.</source>
        <translation>
            <numerusform>Recorded %Ln flyer at %2.</numerusform>
            <numerusform>Recorded %Ln flyers at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlyersScreen</name>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln flyer(s) on %2 to %3</source>
        <translation>
            <numerusform>Saved %Ln flyer on %2 to %3</numerusform>
            <numerusform>Saved %Ln flyers on %2 to %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDetails</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln other record</numerusform>
            <numerusform>%Ln other records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeWords</name>
    <message numerus="yes">
        <source>%Ln tally entry(ies)</source>
        <translation>
            <numerusform>%Ln tally entry</numerusform>
            <numerusform>%Ln tally entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s)</source>
        <translation>
            <numerusform>%Ln correction</numerusform>
            <numerusform>%Ln corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased “%1”, but %Ln backup(s) could not be rewritten: %2</source>
        <translation>
            <numerusform>Erased “%1”, but %Ln backup could not be rewritten: %2</numerusform>
            <numerusform>Erased “%1”, but %Ln backups could not be rewritten: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased “%1” for good, here and in %Ln backup(s).</source>
        <translation>
            <numerusform>Erased “%1” for good, here and in %Ln backup.</numerusform>
            <numerusform>Erased “%1” for good, here and in %Ln backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingsEntry</name>
    <message numerus="yes">
        <source>%n form(s) saved</source>
        <translation>
            <numerusform>%n form saved</numerusform>
            <numerusform>%n forms saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan(s) distributed</source>
        <translation>
            <numerusform>%n safety plan distributed</numerusform>
            <numerusform>%n safety plans distributed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n answer(s)</source>
        <translation>
            <numerusform>of %n answer</numerusform>
            <numerusform>of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place visit(s)</source>
        <translation>
            <numerusform>%n place visit</numerusform>
            <numerusform>%n place visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s): export them with report --table events --format csv.</source>
        <translation>
            <numerusform>… and %n more event: export it with report --table events --format csv.</numerusform>
            <numerusform>… and %n more events: export them with report --table events --format csv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan(s) handed out to date</source>
        <translation>
            <numerusform>%n safety plan handed out to date</numerusform>
            <numerusform>%n safety plans handed out to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey flyer(s) left</source>
        <translation>
            <numerusform>%n survey flyer left</numerusform>
            <numerusform>%n survey flyers left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flyer(s)</source>
        <translation>
            <numerusform>%n flyer</numerusform>
            <numerusform>%n flyers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more source tag(s)</source>
        <translation>
            <numerusform>… and %n more source tag</numerusform>
            <numerusform>… and %n more source tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more plan(s)</source>
        <translation>
            <numerusform>… and %n more plan</numerusform>
            <numerusform>… and %n more plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey response(s)</source>
        <translation>
            <numerusform>%n survey response</numerusform>
            <numerusform>%n survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first responder(s) and service provider(s)</source>
        <translation>
            <numerusform>%n first responder or service provider</numerusform>
            <numerusform>%n first responders and service providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message numerus="yes">
        <source>Felt more confident (%1 answer(s))</source>
        <translation>
            <numerusform>Felt more confident (%1 answer)</numerusform>
            <numerusform>Felt more confident (%1 answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message numerus="yes">
        <source>%Ln response(s) read: %2 new, %3 already here, %4 incomplete, %5 without a source.</source>
        <translation>
            <numerusform>%Ln response read: %2 new, %3 already here, %4 incomplete, %5 without a source.</numerusform>
            <numerusform>%Ln responses read: %2 new, %3 already here, %4 incomplete, %5 without a source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message numerus="yes">
        <source>%Ln response(s), %2 complete, %3 without a source, %4 with an unknown source (%5).</source>
        <translation>
            <numerusform>%Ln response, %2 complete, %3 without a source, %4 with an unknown source (%5).</numerusform>
            <numerusform>%Ln responses, %2 complete, %3 without a source, %4 with an unknown source (%5).</numerusform>
        </translation>
    </message>
</context>
</TS>
