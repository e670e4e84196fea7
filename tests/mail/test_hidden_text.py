"""What a reader cannot see never counts (issue 10 item 11): every way to hide text in HTML mail keeps
it out of the visible text and in the hidden text, where only the injection checks read it."""

from __future__ import annotations

import pytest

from bot.mail.html import html_to_text

SECRET = "Hootsuite Sprout Social engagement rate reach impressions"


def _hidden(markup: str) -> tuple[str, str]:
    rendered = html_to_text(markup.replace("SECRET", SECRET))
    return rendered.text, rendered.hidden


ATTACKS = {
    # <style> rules
    "class_display_none_in_style_block": '<style>.x{display:none}</style><p>Hi</p><p class="x">SECRET</p>',
    "tag_selector_in_style_block": "<style>span { visibility: hidden }</style><p>Hi <span>SECRET</span></p>",
    "id_selector_in_style_block": '<style>#a{font-size:0}</style><p>Hi</p><div id="a">SECRET</div>',
    "style_block_after_the_text": '<p>Hi</p><p class="late">SECRET</p><style>.late{display:none}</style>',
    "descendant_selector": '<style>.wrap p{display:none}</style><div class="wrap"><p>SECRET</p></div><b>Hi</b>',
    "attribute_selector": '<style>[data-x]{display:none}</style><p>Hi</p><p data-x="1">SECRET</p>',
    "media_query": "<style>@media screen{.m{display:none}}</style><p>Hi</p><p class='m'>SECRET</p>",
    "css_comment_inside_value": '<p>Hi</p><p style="display:/* x */none">SECRET</p>',
    # A "}" that is text to the CSS parser (in a comment, a string, a url) closes no block: counted as one,
    # it had left ".x" with an empty block and the next rule inside it.
    "closing_brace_in_a_css_comment_before_the_rule": "<style>/*}*/.x{display:none}.z{color:red}</style>"
                                                       '<p>Hi</p><p class="x">SECRET</p>',
    "closing_brace_in_a_css_string_before_the_rule": '<style>q::after{content:"}"}.x{display:none}.z{color:red}'
                                                      '</style><p>Hi</p><p class="x">SECRET</p>',
    "closing_brace_in_a_url_before_the_rule": "<style>.u{background:url(a}b.png)}.x{font-size:0}.z{color:red}"
                                               '</style><p>Hi</p><p class="x">SECRET</p>',
    "stray_closing_brace_before_the_rules": "<style>}.y{color:blue}.x{visibility:hidden}.z{color:red}</style>"
                                            '<p>Hi</p><p class="x">SECRET</p>',
    "css_escape_in_value": '<p>Hi</p><p style="display:n\\6f ne">SECRET</p>',
    "important_sheet_rule_beats_inline": '<style>.i{display:none!important}</style><p>Hi</p>'
                                         '<p class="i" style="display:block">SECRET</p>',
    "specific_rule_beats_later_tag_rule": "<style>.s{display:none} p{display:block}</style><p>Hi</p>"
                                          '<p class="s">SECRET</p>',
    # colours
    "near_white_hex": '<p>Hi</p><p style="color:#fefefe">SECRET</p>',
    "short_hex_white": '<p>Hi</p><p style="color:#FFF">SECRET</p>',
    "rgb_white": '<p>Hi</p><p style="color:rgb(254, 254, 254)">SECRET</p>',
    "rgb_space_syntax": '<p>Hi</p><p style="color:rgb(255 255 255)">SECRET</p>',
    "rgba_alpha_zero": '<p>Hi</p><p style="color:rgba(0,0,0,0)">SECRET</p>',
    "hsl_white": '<p>Hi</p><p style="color:hsl(0, 0%, 99%)">SECRET</p>',
    "named_white": '<p>Hi</p><p style="color:white">SECRET</p>',
    "named_near_white": '<p>Hi</p><p style="color:WhiteSmoke">SECRET</p>',
    "font_color_attribute": '<p>Hi</p><font color="#ffffff">SECRET</font>',
    "color_equal_to_dark_background": '<div style="background:#123456"><p>Hi</p>'
                                      '<p style="color:#123456">SECRET</p></div>',
    "color_from_a_class_on_an_ancestor": '<style>.w{color:#fff}</style><p>Hi</p>'
                                         '<div class="w"><span>SECRET</span></div>',
    "nested_css_rule": '<style>@media screen { .a { .b { display: none } } }</style><p>Hi</p><p class="b">SECRET</p>',
    "text_fill_transparent": '<p>Hi</p><p style="-webkit-text-fill-color:transparent">SECRET</p>',
    # sizes and positions
    "tiny_font_px": '<p>Hi</p><p style="font-size:1px">SECRET</p>',
    "tiny_font_em": '<p>Hi</p><p style="font-size:0.1em">SECRET</p>',
    "font_shorthand_zero": '<p>Hi</p><p style="font:0/0 a">SECRET</p>',
    "off_screen_absolute": '<p>Hi</p><p style="position:absolute;left:-9999px">SECRET</p>',
    "off_screen_text_indent": '<p>Hi</p><p style="text-indent:-10000px">SECRET</p>',
    "off_screen_margin": '<p>Hi</p><p style="margin-left:-3000px">SECRET</p>',
    "clip_rect_zero": '<p>Hi</p><p style="position:absolute;clip:rect(0 0 0 0)">SECRET</p>',
    "clip_rect_one_pixel": '<p>Hi</p><p style="position:absolute;clip:rect(1px, 1px, 1px, 1px)">SECRET</p>',
    "clip_path_inset": '<p>Hi</p><p style="clip-path:inset(50%)">SECRET</p>',
    "transform_scale_zero": '<p>Hi</p><p style="transform:scale(0)">SECRET</p>',
    "transform_translate_away": '<p>Hi</p><p style="transform:translateX(-9999px)">SECRET</p>',
    "zero_height_overflow_hidden": '<p>Hi</p><div style="height:0;overflow:hidden">SECRET</div>',
    "one_pixel_box_overflow_hidden": '<p>Hi</p><div style="width:1px;height:1px;overflow:hidden">SECRET</div>',
    "opacity_zero": '<p>Hi</p><p style="opacity:0">SECRET</p>',
    "closed_details": "<p>Hi</p><details><summary>More</summary>SECRET<p>SECRET</p></details>",
    "content_visibility_hidden": '<p>Hi</p><div style="content-visibility:hidden">SECRET</div>',
    # An attribute test is one piece of a selector: the "~" of "~=" and a space inside quotes are no combinators.
    "word_in_class_attribute_selector": '<style>[class~=q]{display:none}</style><p>Hi</p><div class="p q">SECRET</div>',
    "quoted_attribute_value_with_a_space": '<style>[title="a b"]{display:none}</style><p>Hi</p>'
                                           '<div title="a b">SECRET</div>',
    # Content a mail client does not show, or shows in no place an answer is written in.
    "noscript_fallback": "<p>Hi</p><noscript><p>SECRET</p></noscript>",
    "options_of_a_list_box": "<p>Hi</p><select><option>pick</option><option>SECRET</option></select>",
    "text_in_an_inline_picture": '<p>Hi</p><svg width="0" height="0"><text x="0" y="9">SECRET</text></svg>',
    "fallback_of_a_video": "<p>Hi</p><video src='a.mp4'>SECRET</video>",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_hidden_text_never_reaches_the_visible_text(attack):
    text, hidden = _hidden(ATTACKS[attack])
    assert "Hi" in text
    assert "Hootsuite" not in text
    assert SECRET in hidden


VISIBLE = {
    "white_on_dark_background": '<div style="background-color:#000"><span style="color:#fff">SECRET</span></div>',
    "dark_child_inside_a_white_coloured_parent": '<div style="color:#fff"><span style="color:#333">SECRET</span></div>',
    "grey_text": '<p style="color:#777">SECRET</p>',
    "small_but_readable_font": '<p style="font-size:11px">SECRET</p>',
    "open_details": "<details open><summary>More</summary>SECRET</details>",
    "hover_rule_does_not_hide_at_rest": "<style>p:hover{color:#fff}</style><p>SECRET</p>",
    "outlook_word_section_styles": "<style>p.MsoNormal{margin:0cm;font-size:11.0pt} div.WordSection1{page:WordSection1}"
                                   '</style><div class="WordSection1"><p class="MsoNormal">SECRET</p></div>',
}


@pytest.mark.parametrize("case", sorted(VISIBLE))
def test_text_a_reader_sees_stays_visible(case):
    text, hidden = _hidden(VISIBLE[case])
    assert SECRET in text
    assert hidden == ""


def test_html_part_that_says_more_than_the_plain_part_does_not_outrank_it(parsed):
    mail = parsed("html_part_says_more_than_plain_part")
    assert mail.reply_text == "Thanks for asking, I will answer soon."
    assert mail.parts_disagree


def test_text_hidden_by_a_class_in_a_style_block_is_not_the_reply(parsed):
    mail = parsed("hidden_by_a_class_in_a_style_block")
    assert mail.reply_text == "I schedule with Buffer."
    assert "Sprout Social" in mail.hidden_text
