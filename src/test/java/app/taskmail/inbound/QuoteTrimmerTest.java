package app.taskmail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteTrimmerTest {

    @Test
    void cutsAtOnWroteAttribution() {
        assertEquals("Thanks, that works.", QuoteTrimmer.trim(
                "Thanks, that works.\n\nOn Mon, 3 Jun 2024 at 10:00, Alice <alice@acme.example> wrote:\n> Does it work?\n"));
    }

    @Test
    void cutsAtAttributionWrappedOverTwoLines() {
        assertEquals("Yes.", QuoteTrimmer.trim(
                "Yes.\n\nOn Mon, 3 Jun 2024 at 10:00, Alice Martin <\nalice@acme.example> wrote:\n\n> Ready?\n"));
    }

    @Test
    void cutsAtGermanAndFrenchAttributions() {
        assertEquals("Gut.", QuoteTrimmer.trim("Gut.\n\nAm 03.06.2024 um 10:00 schrieb Alice Martin:\n> Alles klar?"));
        assertEquals("Bien.", QuoteTrimmer.trim("Bien.\n\nLe 3 juin 2024 à 10:00, Alice a écrit :\n> Ça va ?"));
    }

    @Test
    void cutsAtOutlookOriginalMessageLine() {
        assertEquals("See you then.", QuoteTrimmer.trim(
                "See you then.\r\n\r\n-----Original Message-----\r\nFrom: Alice\r\nSent: Monday\r\n\r\nMeeting?"));
    }

    @Test
    void cutsAtOutlookHeaderBlockUnderUnderscores() {
        assertEquals("Approved.", QuoteTrimmer.trim("Approved.\n\n________________________________\n"
                + "From: Alice Martin <alice@acme.example>\nSent: Monday, June 3, 2024 10:00 AM\nTo: Nina\n"
                + "Subject: Budget\n\nPlease approve the budget."));
        assertEquals("Approved.", QuoteTrimmer.trim("Approved.\n\nFrom: Alice Martin\nDate: 3 June 2024\nSubject: x\n\nold"));
    }

    @Test
    void dropsLinesStartingWithQuoteMarksButKeepsInterleavedAnswers() {
        assertEquals("Yes, Friday.\n\nTwo copies.", QuoteTrimmer.trim(
                "> When can you deliver?\nYes, Friday.\n\n> How many?\nTwo copies."));
    }

    @Test
    void leavesUnmarkedTextAlone() {
        String text = "On Monday we start.\nFrom: the plan, step 1.\nThe file is attached.";
        assertEquals(text, QuoteTrimmer.trim(text));
    }

    @Test
    void keepsEverythingWhenTheMessageIsOnlyAQuote() {
        assertEquals("> only a quote\n> nothing else", QuoteTrimmer.trim("> only a quote\n> nothing else\n"));
    }
}
