"""The tip is read where the candidate answers the third question (issue 9 item 3).

The request asks three questions (templates/request.txt.j2). Advice given in the part of the reply
answering the third one is the tip even without the word "angry"; a sentence that only mentions
angry customers, anti advice, or advice about something other than people is not.
"""

from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.answers import blocks, tip_answer
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize(("scenario", "how"), [
    ("tip_as_last_paragraph_without_anger_word", "the last paragraph"),
    ("tip_under_label_without_anger_word", "the answer under the label “Tip”"),
    ("tip_as_the_last_bullet", "the last paragraph"),
    ("tip_followed_by_a_sign_off", "the last paragraph"),
    # The words the candidate says to an upset customer are the tip ("I'm so sorry... let me fix this").
    ("tip_as_words_to_say", "the last paragraph"),
    ("french_tip_reread_before_answering", "the last paragraph"),
    # A numbered heading without a sentence ("3) Tip") heads the bullet under it, and replying is
    # always to someone, so "answer within the same day" there is advice about the person who wrote.
    ("tip_reply_speed_under_a_numbered_heading", "the answer under the label “Tip”"),
    # A sentence whose subject is the tip ("tip is to never...") marks the tip answer as a label does.
    ("tip_named_as_the_subject_of_a_sentence", "the answer after “tip is”"),
    # "Put yourself in their shoes" is an instruction: its verb opens the sentence.
    ("tip_opening_with_put_yourself", "the last paragraph"),
])
def test_advice_answering_the_third_question_is_the_tip(scenario: str, how: str,
                                                        thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    tip = judgement.criteria[TIP]
    assert tip.met and tip.evidence
    assert all(how in line for line in tip.why), tip.why


def test_replying_to_something_that_is_no_person_is_no_tip(thresholds: EvaluationSettings) -> None:
    """"Respond to trends" goes to content, not to the person who wrote."""
    judgement = judge_rules(reply("tip_replying_to_trends_is_content"), thresholds)
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.FAIL


def test_a_sentence_only_mentioning_angry_customers_is_not_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("angry_customers_only_mentioned"), thresholds)
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.FAIL


def test_ironic_advice_to_ignore_and_never_apologise_is_not_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("ironic_tip"), thresholds)
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.FAIL
    assert any(note.startswith("anti advice") for note in judgement.criteria[TIP].notes)


def test_advice_about_content_in_the_last_paragraph_is_not_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("last_paragraph_about_content_not_people"), thresholds)
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.FAIL


def test_a_numbered_list_of_four_is_a_list_not_numbered_answers() -> None:
    text = ("I use Hootsuite and Canva every day.\n\n1. Likes\n2. Shares\n3. Replies\n4. Saves\n\n"
            "Listen first, apologise and take it to DMs when someone is upset.")
    reading = Reading.of(text, "en")
    answer = tip_answer(reading, frozenset(), ())
    assert answer is not None and not answer.strong
    assert answer.how.startswith("the last paragraph")


def test_numbered_like_the_request_the_third_answer_is_the_tip() -> None:
    text = "1. Hootsuite and Canva.\n2. Reach, saves and CTR.\n3. Listen first and apologise."
    reading = Reading.of(text, "en")
    answer = tip_answer(reading, frozenset(), ())
    assert answer is not None and answer.strong and "numbered 3" in answer.how
    assert {reading.text[reading.layout.sentences[i].start:reading.layout.sentences[i].end]
            for i in answer.sentences} >= {"Listen first and apologise."}


def test_a_one_paragraph_reply_has_no_answer_by_position() -> None:
    reading = Reading.of("I use Hootsuite and Canva and I watch reach, saves and CTR every week.", "en")
    assert tip_answer(reading, frozenset(), ()) is None


def test_bullets_labels_and_paragraphs_start_blocks() -> None:
    text = "Hi,\n\nTools: Hootsuite and Canva.\n- reach\n- saves\nTip: listen first. Then apologise."
    reading = Reading.of(text, "en")
    found = blocks(reading)
    assert [b.label for b in found] == ["", "Tools", "", "", "Tip"]


@pytest.mark.parametrize(("sentence", "advice"), [
    ("Listen first.", True),
    ("I always reply in private.", True),
    ("Then apologise for the delay.", True),
    ("Do not rise to the bait.", True),
    ("Make sure they feel heard.", True),
    ("You should thank them.", True),
    ("Angry customers are honestly the worst part of the job.", False),
    ("I think I was good at it.", False),
    ("I don't think it can be taught.", False),
    ("The customer hears it as a wall.", False),
])
def test_advice_mood(sentence: str, advice: bool) -> None:
    assert bool(Advice.of(Reading.of(sentence, "en")).advice) is advice


@pytest.mark.parametrize(("scenario", "why"), [
    # The reply labels its tip and the advice is about the customer, though no list knows its verbs.
    ("tip_label_with_advice_about_the_customer", "advice about people in the answer under the label “Tip”"),
    # Advice in the tip's place next to a complaint, in Spanish, with no action word from the lists.
    ("spanish_advice_next_to_a_complaint", "advice next to an anger word in the last paragraph"),
    # German instructions to several people (ihr-imperatives: "atmet durch", "antwortet nicht"); an
    # answer is always to someone, so the advice is about people.
    ("german_tip_in_the_plural_imperative", "advice about people in the answer under the label"),
])
def test_advice_in_the_tips_place_without_known_action_words(scenario: str, why: str,
                                                             thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    tip = judgement.criteria[TIP]
    assert tip.met, tip
    assert any(why in line for line in tip.why), tip.why
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("text", [
    "Angry customers? Honestly I just ignore them and delete their comments, never apologize.",
    "Tip: with angry people, ignore them and delete their comments.",
    # Good actions, negated: no list of anti advice needed.
    "With angry customers I don't empathise, that is their problem.",
    # Giving up on the person, then a moderation action: dismissal, not a tip.
    "Irate commenters? My real advice: don't bother, they won't listen anyway, just mute them.",
])
def test_ironic_advice_anywhere_is_not_a_tip(text: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules("I use Hootsuite and Canva. I track reach, CTR and engagement rate.\n\n" + text,
                            thresholds)
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.FAIL


def test_negated_anti_advice_is_good_advice(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules("I use Hootsuite and Canva. I track reach, CTR and engagement rate.\n\n"
                            "With angry customers I never argue back and I don't ignore them: I listen and"
                            " apologise.", thresholds)
    assert judgement.criteria[TIP].met and judgement.verdict == Verdict.PASS


def test_dash_labels_name_the_answers_and_a_negated_condition_is_no_anti_advice(
        thresholds: EvaluationSettings) -> None:
    """"Tip - ..." labels the tip as "Tip: ..." does; "if I don't understand it, I can't fix it"
    argues for understanding, it is not advice against it."""
    judgement = judge_rules(reply("tip_under_dash_labels_with_a_condition"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    tip = judgement.criteria[TIP]
    assert all("the answer under the label “Tip”" in line for line in tip.why), tip.why
    assert not any("anti advice" in note for note in tip.notes)


def test_a_sentence_with_a_spaced_dash_is_not_a_heading() -> None:
    reading = Reading.of("I use Hootsuite - it is great for scheduling.\nBuffer - for the rest.", "en")
    labels = [reading.layout.label_text(s) for s in reading.layout.sentences]
    assert labels == ["", "Buffer"]


def test_a_tip_told_as_a_story_about_anger_is_a_tip_by_example(thresholds: EvaluationSettings) -> None:
    """"Two regulars started a flame war. I stepped in, pointed them to the house rules and moved the
    talk into private messages": what the candidate did with angry people, two handling actions
    aimed at them, in the tip's place, shows how they deal with anger as advice does."""
    judgement = judge_rules(reply("tip_told_as_a_story"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert any("told as an example" in why for why in judgement.criteria[TIP].why)


def test_the_verbs_joined_to_a_storys_subject_tell_the_story(thresholds: EvaluationSettings) -> None:
    """"I read all of them, called her the same afternoon, apologised and sent a new one": the "I" opening
    the sentence is the subject of every verb joined after it, so the handling actions are the candidate's
    story, a tip by example as above."""
    judgement = judge_rules(reply("tip_story_with_verbs_joined_to_one_subject"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert any("told as an example" in why for why in judgement.criteria[TIP].why)


def test_a_tip_told_as_a_story_without_anger_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    """The same story about people who are not said to be upset: whether it answers the tip question
    is for a person, it is neither passed nor failed by the rules."""
    judgement = judge_rules(reply("tip_story_without_an_anger_word"), thresholds)
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert judgement.reasons == ("unsure:angry_customer_tip",)
    assert any("told as a story" in note for note in judgement.criteria[TIP].notes)


def test_a_description_in_the_first_person_is_no_story(thresholds: EvaluationSettings) -> None:
    text = ("We use Hootsuite and Buffer.\n\nWe track reach, likes and comments.\n\n"
            "The main reason a customer is unhappy is that we don't have the specific feature they want.")
    judgement = judge_rules(text, thresholds)
    assert judgement.verdict == Verdict.FAIL, judgement


def test_reminding_people_of_the_guidelines_is_moderation_advice(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_by_moderation_advice"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement


def test_words_to_say_and_a_move_off_the_public_thread_are_the_tip(thresholds: EvaluationSettings) -> None:
    """"say things like ..." introduces words to say; moving a volatile member to a non-public
    channel is taking it private."""
    judgement = judge_rules(reply("tip_words_to_say_to_a_volatile_member"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement


def test_a_description_followed_by_an_idiom_is_no_tip(thresholds: EvaluationSettings) -> None:
    """"..., you can say that again" has the shape of an instruction, but it comes after the
    description and tells nothing about "honestly"."""
    judgement = judge_rules(reply("description_then_an_idiom"), thresholds)
    assert judgement.verdict == Verdict.FAIL, judgement
    moved = "Irate customers are honestly the hardest part of this job, you can say that again.\n\n"
    first = reply("description_then_an_idiom").replace(moved, "")
    judgement = judge_rules(moved + first, thresholds)
    assert judgement.verdict != Verdict.PASS, judgement


def test_a_heading_above_numbered_answers_keeps_their_numbers(thresholds: EvaluationSettings) -> None:
    """"Short version:" above "1. ... 2. ... 3. ...": the third answer is still the one numbered 3."""
    judgement = judge_rules(reply("numbered_answers_under_a_heading"), thresholds)
    tip = judgement.criteria[TIP]
    assert tip.met, judgement
    assert all("numbered 3" in line for line in tip.why), tip.why
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("aside", ["to be honest", "to be fair"])
def test_a_bare_infinitive_aside_is_not_advice(aside: str) -> None:
    sentence = f"Angry customers fill my week, {aside}, and some weeks there are many."
    assert not Advice.of(Reading.of(sentence, "en")).advice


def test_a_description_with_an_aside_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("description_with_an_aside_to_be_honest"), thresholds)
    assert not judgement.criteria[TIP].met
    assert judgement.verdict != Verdict.PASS


def test_one_line_per_answer_makes_the_last_line_the_tip(thresholds: EvaluationSettings) -> None:
    """Phone replies answer one question per line with no blank line between: each line that ends a
    sentence is an answer block, so the last one answers the third question."""
    reading = Reading.of(reply("one_line_per_answer_without_blank_lines"), "en")
    answer = tip_answer(reading, frozenset(), ())
    assert answer is not None and answer.how.startswith("the last paragraph")
    said = [reading.text[reading.layout.sentences[i].start:reading.layout.sentences[i].end] for i in answer.sentences]
    assert said == ["With upset buyers we repeat the problem back in our own words so they know we actually read it."]
    assert judge_rules(reading.text, thresholds).criteria[TIP].met


@pytest.mark.parametrize(("sentence", "advice"), [
    # A fronted condition or phrase sets the scene; the instruction starts at the speaker.
    ("If someone is furious in the comments I answer within minutes.", True),
    ("With frustrated members I take it to a private channel.", True),
    ("When a buyer is upset we call them back the same day.", True),
    # "all I can say is": the verb is the subject of a sentence about the speaker.
    ("If you bought followers all I can say is good luck.", False),
])
def test_advice_mood_after_a_fronted_phrase(sentence: str, advice: bool) -> None:
    assert bool(Advice.of(Reading.of(sentence, "en")).advice) is advice


@pytest.mark.parametrize(("sentence", "language", "advice"), [
    # Each language's words that open advice open it in that language (and English's in any reply):
    # Spanish "no" is "don't", English "no" is not.
    ("No matter how big your brand is, one furious thread can undo a year of goodwill.", "en", False),
    ("No respondas en caliente, espera una hora.", "es", True),
    ("Never answer in the heat of the moment.", "en", True),
])
def test_an_opening_word_opens_advice_in_its_own_language(sentence: str, language: str, advice: bool) -> None:
    assert bool(Advice.of(Reading.of(sentence, language)).advice) is advice


@pytest.mark.parametrize("third", [
    "Seek to understand first. Next, determine whether the complaint holds up.",
    "Assess how serious the complaint is before anything else.",
    "Document every complaint, then verify what went wrong.",
    "Refund the fee and compliment their patience.",
])
def test_instructions_to_work_out_the_case_or_make_it_good_are_advice(third: str,
                                                                     thresholds: EvaluationSettings) -> None:
    """Verbs of working out the case ("seek", "determine", "assess", "verify", "document") and of making it good
    ("refund", "compliment") open instructions as "listen" does: the third answer is the tip."""
    text = ("Sendible for the calendar, Brand24 for mentions.\n\n"
            f"I watch reach, link clicks and the share of comments we answer within a day.\n\n{third}")
    judgement = judge_rules(text, thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement


def test_a_duty_named_as_the_readers_is_advice(thresholds: EvaluationSettings) -> None:
    """"It is your job to calm things down" tells the reader what to do, as "you need to" does."""
    text = ("Sendible for the calendar, Brand24 for mentions.\n\n"
            "I watch reach, link clicks and the share of comments we answer within a day.\n\n"
            "An upset customer can have many reasons; it is your job to find them a fix they accept.")
    judgement = judge_rules(text, thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize(("third", "tip"), [
    # A duty said of a person in the passive tells what to do to them.
    ("Frustrated customers should always be thanked before anything else.", True),
    ("An angry customer must never be ignored, however rude the message.", True),
    # Anti advice in the passive, and a duty of something else, advise nothing for the person.
    ("Angry customers should be banned straight away.", False),
    ("Posts should be scheduled for the evening, when angry customers are asleep.", False),
])
def test_a_duty_in_the_passive_said_of_a_person_is_advice(third: str, tip: bool,
                                                          thresholds: EvaluationSettings) -> None:
    text = ("Sendible for the calendar, Brand24 for mentions.\n\n"
            f"I watch reach, link clicks and the share of comments we answer within a day.\n\n{third}")
    assert judge_rules(text, thresholds).criteria[TIP].met is tip


def test_a_warning_under_a_label_naming_angry_customers_is_no_tip(thresholds: EvaluationSettings) -> None:
    """"Angry customers: No matter how big your brand is, one furious thread can undo a year of goodwill"
    names them and warns, it tells no one what to do."""
    judgement = judge_rules(reply("angry_label_over_a_warning_opening_with_no_matter"), thresholds)
    assert not judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.FAIL, judgement


def test_a_story_about_an_upset_customer_in_unlisted_words_goes_to_a_person(
        thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("story_about_an_upset_customer_in_unlisted_words"), thresholds)
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert any("told as a story" in note for note in judgement.criteria[TIP].notes)


@pytest.mark.parametrize(("third", "verdict"), [
    # An apology is always to someone: advice to apologise is advice about a person.
    ("3. Apologise once and mean it, then get to the fix.", Verdict.PASS),
    ("3. Pide disculpas una vez y luego resuelve.", Verdict.PASS),
    # One action for something else than people: a person decides.
    ("3. Reply fast to comments to keep the algorithm happy.", Verdict.NEEDS_REVIEW),
])
def test_an_apology_in_the_third_answer_is_about_a_person(third: str, verdict: Verdict,
                                                          thresholds: EvaluationSettings) -> None:
    text = f"1. Hootsuite and Canva.\n2. Reach, engagement rate and CTR.\n{third}"
    assert judge_rules(text, thresholds).verdict == verdict


def test_a_habit_with_angry_callers_is_no_story_and_no_tip(thresholds: EvaluationSettings) -> None:
    """A story needs one incident (someone did something, then the candidate did); "I always ended
    up with the angriest callers" describes the candidate, and there is no advice to review."""
    judgement = judge_rules(reply("habit_with_angry_callers_is_no_story"), thresholds)
    assert judgement.verdict == Verdict.FAIL, judgement


def test_advice_not_to_bother_arguing_is_good_advice(thresholds: EvaluationSettings) -> None:
    """"Don't bother" against an action ("arguing") advises against that action, not against the person."""
    text = ("I use Hootsuite and Canva. I track reach, CTR and engagement rate.\n\n"
            "With an irate customer, don't bother arguing about the facts; apologise and fix it.")
    assert judge_rules(text, thresholds).criteria[TIP].met


def test_doubt_about_a_fact_does_not_decline_the_tip(thresholds: EvaluationSettings) -> None:
    """"No idea why it works, but thanking people..." gives a tip; only "no idea" about what to say
    or do declines one."""
    judgement = judge_rules(reply("tip_after_no_idea_why"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS
    declined = judge_rules(reply("tip_declined_with_no_idea_what_to_say"), thresholds)
    assert not declined.criteria[TIP].met
    assert declined.verdict == Verdict.FAIL, declined


def test_a_they_that_stands_for_things_makes_no_advice_about_people(thresholds: EvaluationSettings) -> None:
    """"Reply fast to new stickers and polls, they fade after a day": the "they" is the stickers, so the
    tip's place holds advice about content, not a tip; the same words with no thing before "they"
    still speak of people."""
    judgement = judge_rules(reply("tip_label_about_stories_they_fade"), thresholds)
    assert judgement.verdict != Verdict.PASS, judgement
    assert not judgement.criteria[TIP].met
    people = judge_rules(reply("tip_label_they_are_the_upset_members"), thresholds)
    assert people.verdict == Verdict.PASS, people


@pytest.mark.parametrize(("sentence", "person"), [
    ("Post short clips daily; they get the most reach.", False),
    ("Skip the free trials, they hide the good reports.", False),
    ("When members complain, they mostly want an answer.", True),
    ("Let them finish first.", True),
    # A verb in "s" is no noun: "it gets" has a singular subject, "shows the" an object.
    ("If it gets heated they need a minute.", True),
    ("The reply shows them you care.", True),
])
def test_which_they_is_a_person(sentence: str, person: bool) -> None:
    advice = Advice.of(Reading.of(sentence, "en"))
    assert (0 in advice.person) is person


@pytest.mark.parametrize("scenario", ["one_handling_action_as_the_last_paragraph"])
def test_one_handling_action_about_the_conversation_is_the_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    """One handling action told as advice where the reply answers the tip question, with no word naming
    another target ("Listen much more than you speak."), is the tip: the question says whom it is for."""
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert all("every word about the conversation" in why for why in judgement.criteria[TIP].why)


def test_one_action_aimed_at_something_else_is_no_tip(thresholds: EvaluationSettings) -> None:
    """The same place and mood, but a word names another target (a podcast, the captions): not passed."""
    judgement = judge_rules(reply("listening_to_podcasts_as_the_last_paragraph"), thresholds)
    assert judgement.verdict != Verdict.PASS, judgement
    assert not judgement.criteria[TIP].met


@pytest.mark.parametrize(("said", "passes"), [
    ("Tip: Stay calm.", True),
    ("Stay calm.", True),
    ("Apologise to your boss.", False),
    ("Take your time, no rush.", False),
    # A reply is a handling act on the conversation, with no listed action word.
    ("Tip: Answer the same day, never the same minute.", True),
    ("Q3: Don't get defensive.", True),
    ("Tip: Take the conversation offline as early as you can.", True),
    ("Tip: Stay calm when your boss is watching.", False),
    ("Tip: Respond quickly to trends.", False),
    ("Tip: Be specific in your captions.", False),
    ("Tip: Be patient with yourself.", False),
    ("Tip: Thank you for reading!", False),
    ("Tip: Stay calm, and ignore them.", False),
])
def test_a_single_action_passes_only_when_every_word_is_about_the_conversation(
        said: str, passes: bool, thresholds: EvaluationSettings) -> None:
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week."
            f"\n\n{said}\n\nThanks")
    judgement = judge_rules(text, thresholds)
    assert (judgement.verdict == Verdict.PASS) is passes, judgement


def test_a_short_last_paragraph_of_handling_advice_is_the_tip(thresholds: EvaluationSettings) -> None:
    """"Apologise, then listen." is too short to be an answer by length, but it opens with an
    instruction, holds handling actions and every word is about the conversation: the short answer to
    the third question. "Stay calm on deadline days." names another target and is not passed."""
    judgement = judge_rules(reply("short_handling_action_as_the_last_paragraph"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert all("the short last paragraph" in why for why in judgement.criteria[TIP].why)
    other = judge_rules(reply("short_calm_about_deadlines_as_the_last_paragraph"), thresholds)
    assert other.verdict != Verdict.PASS, other
    assert not other.criteria[TIP].met


def test_a_heading_line_without_a_colon_labels_the_lines_under_it(thresholds: EvaluationSettings) -> None:
    """"Tip" alone on a line over the answer heads it as "Tip:" would: the answer under it is the tip."""
    judgement = judge_rules(reply("headings_on_their_own_lines_without_colons"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert all("the label “Tip”" in why for why in judgement.criteria[TIP].why), judgement.criteria[TIP].why


def test_feeling_heard_counts_in_every_form(thresholds: EvaluationSettings) -> None:
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week.\n\n"
            "When a buyer is upset, make sure she feels heard.")
    assert judge_rules(text, thresholds).verdict == Verdict.PASS


@pytest.mark.parametrize(("sentence", "person"), [
    # A reply verb's object after a determiner says whom or what the reply goes to.
    ("Answer every brand survey the same day.", False),
    ("Answer the question they asked.", True),
    ("Answer the phone.", True),
    ("Reply the same day.", True),
])
def test_a_reply_to_a_thing_is_no_advice_about_people(sentence: str, person: bool) -> None:
    advice = Advice.of(Reading.of(sentence, "en"))
    assert (0 in advice.person) is person


def test_answering_surveys_in_the_tip_place_is_no_tip(thresholds: EvaluationSettings) -> None:
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week."
            "\n\nTip: Answer every brand survey the same day.")
    assert judge_rules(text, thresholds).verdict != Verdict.PASS


@pytest.mark.parametrize("said", [
    "Tip: Stay polite to the trolls, or don't.",
    "Tip: Listen to them, jk.",
    "Tip: Thank them and apologise. Or don't, whatever.",
])
def test_advice_taken_back_is_no_tip(said: str, thresholds: EvaluationSettings) -> None:
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week."
            f"\n\n{said}")
    judgement = judge_rules(text, thresholds)
    assert judgement.verdict != Verdict.PASS, judgement
    assert not judgement.criteria[TIP].met


@pytest.mark.parametrize(("sentence", "person"), [
    # A person word in the possessive owns what follows: a thing makes the advice about the thing.
    ("Read the client's brief twice.", False),
    ("Read our users' posts first.", False),
    ("Read the customer's complaint twice.", True),
    ("Use the member's name.", True),
])
def test_a_possessive_before_a_thing_is_no_person(sentence: str, person: bool) -> None:
    advice = Advice.of(Reading.of(sentence, "en"))
    assert (0 in advice.person) is person


def test_listening_to_a_clients_brief_in_the_tip_place_is_no_tip(thresholds: EvaluationSettings) -> None:
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week."
            "\n\nTip: Listen to the client's brief twice.")
    assert judge_rules(text, thresholds).verdict != Verdict.PASS
    owned = text.replace("Listen to the client's brief twice.", "Own it when we got it wrong.")
    assert judge_rules(owned, thresholds).verdict == Verdict.PASS


@pytest.mark.parametrize(("said", "passes"), [
    # "honestly" set off by a comma, or "to be honest", is the speaker's aside, not honesty with anyone.
    ("Angry customers: They wear me out more than anything, honestly.", False),
    ("Tip: Irate buyers are the hardest part of the week, to be honest.", False),
    ("Tip: Honestly, upset members are just part of the job.", False),
    ("Tip: Answer honestly and quickly.", True),
    # Slowing down and reading people charitably are handling advice.
    ("Slow down, assume good faith.", True),
    ("Tip: never get into it in the comments.", True),
])
def test_asides_are_no_handling_actions(said: str, passes: bool, thresholds: EvaluationSettings) -> None:
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week."
            f"\n\n{said}\n\nThanks")
    judgement = judge_rules(text, thresholds)
    assert (judgement.verdict == Verdict.PASS) is passes, judgement


@pytest.mark.parametrize(("said", "passes"), [
    # "I find them exhausting" is an opinion about angry people, not advice; "I find a quiet moment" acts.
    ("Angry customers: I find them exhausting.", False),
    ("Tip: we usually find upset members draining.", False),
    ("Tip: I find a quiet moment, then answer them.", True),
])
def test_a_verb_of_opinion_after_the_speaker_is_no_instruction(said: str, passes: bool,
                                                               thresholds: EvaluationSettings) -> None:
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week."
            f"\n\n{said}\n\nThanks")
    judgement = judge_rules(text, thresholds)
    assert (judgement.verdict == Verdict.PASS) is passes, judgement


def test_what_one_apologises_for_is_about_the_conversation(thresholds: EvaluationSettings) -> None:
    """"Acknowledge the delay before anything else.": the delay is what the person is upset about."""
    text = ("I schedule in Metricool and plan in Airtable.\n\nI check reach, follower growth and saves every week."
            "\n\nAcknowledge the delay before anything else.\n\nThanks")
    assert judge_rules(text, thresholds).verdict == Verdict.PASS


def test_a_number_over_a_metric_is_no_numbered_answer(thresholds: EvaluationSettings) -> None:
    """"3." over "Average number of posts per day." numbers an item of a list of metrics: the tip is read where the
    reply gives it, the last paragraph (answers._holds_words)."""
    judgement = judge_rules(reply("tip_after_a_numbered_list_of_metrics"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert "the last paragraph" in judgement.criteria["angry_customer_tip"].why[0]
