"""Caps said in negation or refusal, and the units of specialised fields (session 29).

"loudwick never boosts a file by more than 15 dB" is a cap, at most 15 dB; "refuses files with
more than 6 channels" accepts at most 6; "Files over 50 MB are skipped" reads at most 50 MB
("Files larger than 50 MB are skipped" is the limit itself, ``subjects.limits``); "Files
shorter than 1 second are skipped" states the minimum, 1 second; "won't start below 5 bar" is
at least 5 bar. A count of what was refused ("More than 300 applications were
rejected") and a bound in a clause of its own ("not effective once temperatures go above 35°C")
stay as they are. LUFS, LU, dBTP and dBFS are units, each of its own kind; "24-bit" is 24 bits;
a bare default takes the unit its description ("in Hz", "Bits per sample") or its setting's name
in a table row ("image_dpi | int | 150") names. Each sentence is written from general English with the figure
and the value (unit included) it should read as (docs/extract.md, "Caps said in negation or
refusal, and the units of specialised fields (forms29)")."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.find import find_mentions
from factcheck.values.units import UnitError, Units
from tests.common import WORDS


def read(text: str) -> list[tuple[str, str]]:
    """Every mention the finder reads in ``text``, as (figure as written, value)."""
    return [(m.text, m.value) for m in find_mentions(text, WORDS)]


#: A bound beyond a figure under a negated verb: the cap. Below a figure: the minimum.
NEGATED: list[tuple[str, str, str]] = [
    ("loudwick never boosts a file by more than 15 dB.", "more than 15 dB", "<=15 dB"),
    ("The scheduler never starts more than 200 jobs per second.",
     "more than 200 jobs per second", "<=200 op/s"),
    ("You should not have more than 110 mg a day from supplements.", "more than 110 mg a day",
     "<=110 mg"),
    ("Above 3,000 metres, don't raise your sleeping altitude by more than 500 metres a day.",
     "more than 500 metres a day", "<=500 m"),
    ("The pump never runs at more than 80% of its rated speed.", "more than 80%", "<=80%"),
    ("The library never opens more than 4 connections to one host.", "more than 4 connections",
     "<=4"),
    ("The heater cannot be set above 30°C.", "above 30°C", "<=30 °C"),
    ("The tank must never be filled to more than 90%.", "more than 90%", "<=90%"),
    ("The process never uses more than 512 MB of memory.", "more than 512 MB", "<=512 MB"),
    ("The bot does not send more than 20 messages a minute.", "more than 20 messages", "<=20"),
    ("We never charge more than $5 for delivery.", "more than $5", "<=5 USD"),
    ("It never takes more than 2 seconds to start.", "more than 2 seconds", "<=2 seconds"),
    ("The limiter does not cut the level by more than 6 dB.", "more than 6 dB", "<=6 dB"),
    ("Don't store the tablets at more than 25°C.", "more than 25°C", "<=25 °C"),
    ("The fan won't spin up above 40°C.", "above 40°C", "<=40 °C"),
    ("The queue will not hold more than 10,000 messages.", "more than 10,000 messages",
     "<=10000"),
    ("A single run never writes more than 2 GB of logs.", "more than 2 GB", "<=2 GB"),
    ("This setting cannot be lowered below 1 second.", "below 1 second", ">=1 second"),
    ("The pump won't start below 5 bar.", "below 5 bar", ">=5 bar"),
    ("The battery should never drop below 20%.", "below 20%", ">=20%"),
    ("The thermostat cannot be set below 10°C.", "below 10°C", ">=10 °C"),
    ("The price will not fall below $50.", "below $50", ">=50 USD"),
    ("The engine must not idle below 600 rpm.", "below 600 rpm", ">=600 rpm"),
    ("Don't charge below 5 °C.", "below 5 °C", ">=5 °C"),
    # already read as limits, kept
    ("The timeout must not exceed 30 seconds.", "exceed 30 seconds", "<=30 seconds"),
    ("The upload does not exceed 5 MB.", "exceed 5 MB", "<=5 MB"),
    ("It won't go above 10 retries.", "above 10 retries", "<=10"),
    ("Never give a child more than 4 doses in 24 hours.", "more than 4 doses in 24 hours",
     "<=4"),
    ("The local cache never grows beyond 512 MiB.", "beyond 512 MiB", "<=512 MiB"),
    ("Do not take more than 300 mg in 24 hours.", "more than 300 mg in 24 hours",
     "<=300 mg"),
    ("Adults shouldn't exceed 25 mg a day.", "exceed 25 mg a day", "<=25 mg"),
    ("No single wait is longer than 30 seconds.", "longer than 30 seconds", "<=30 seconds"),
    ("Clarisol is not for children under 12.", "under 12", ">=12 years old"),
    # a bound in a clause or group of its own: no limit of the verb
    ("Electric fans are not effective once temperatures go above 35°C.", "above 35°C",
     ">35 °C"),
    ("We don't recommend DEET for children under 3.", "under 3", "<3 years old"),
    ("We do not sell supplements to customers under 18.", "under 18", "<18"),
    ("It is not unusual for more than 100 people to attend.", "more than 100 people", ">100"),
    ("Nobody expected more than 50 guests.", "more than 50 guests", ">50"),
    ("Do not take it if you are over 65.", "over 65", ">65 years old"),
]  # fmt: skip

#: What lies beyond a figure is refused: the cap; below it: the minimum, the figure itself.
REFUSED: list[tuple[str, str, str]] = [
    ("loudwick refuses files with more than 6 channels.", "more than 6 channels", "<=6"),
    ("The server rejects uploads larger than 10 MB.", "larger than 10 MB", "<=10 MB"),
    ("The parser truncates any line longer than 32 KiB.", "longer than 32 KiB", "<=32 KiB"),
    ("The resizer skips images over 5 MB.", "over 5 MB", "<=5 MB"),
    ("The proxy drops packets larger than 1,500 bytes.", "larger than 1,500 bytes", "<=1500 B"),
    ("The importer discards rows with more than 200 columns.", "more than 200 columns", "<=200"),
    ("The mail server refuses attachments bigger than 25 MB.", "bigger than 25 MB", "<=25 MB"),
    ("The app won't accept passwords longer than 64 characters.", "longer than 64 characters",
     "<=64"),
    ("The API rejects requests with more than 100 items.", "more than 100 items", "<=100"),
    ("The checker skips files that take longer than 30 seconds.", "longer than 30 seconds",
     "<=30 seconds"),
    ("The queue drops messages older than 7 days.", "older than 7 days", "<=7 days"),
    ("The player rejects anything over 192 kHz.", "over 192 kHz", "<=192 kHz"),
    # A comparative the bound phrases do not hold, before a refusal said after: the figure as
    # it is, which subjects.limits reads as the limit itself (50 MB, a maximum).
    ("Files larger than 50 MB are skipped with a warning.", "50 MB", "50 MB"),
    ("Messages over 1 MiB are rejected.", "over 1 MiB", "<=1 MiB"),
    ("Anything above 20 kHz is cut.", "above 20 kHz", "<=20 kHz"),
    ("Anything over 100 MB is rejected.", "over 100 MB", "<=100 MB"),
    ("Lines longer than 32 KB are truncated.", "longer than 32 KB", "<=32 kB"),
    ("Documents longer than 1,000 pages are refused unless you raise the limit.",
     "longer than 1,000 pages", "<=1000"),
    ("Documents that would run to more than 500 pages are refused.", "more than 500 pages",
     "<=500"),
    ("A worker that goes over 512 MB is stopped.", "over 512 MB", "<=512 MB"),
    ("Each request that takes longer than 30 seconds is cancelled.", "longer than 30 seconds",
     "<=30 seconds"),
    ("Retry-After values above 300 seconds are ignored.", "above 300 seconds", "<=300 seconds"),
    ("Peaks above -1 dBFS are clipped.", "above -1 dBFS", "<=-1 dBFS"),
    ("Files with more than 8 channels are refused.", "more than 8 channels", "<=8"),
    ("Uploads bigger than 2 GB will be rejected.", "2 GB", "2 GB"),
    ("Cached results older than 7 days are discarded.", "older than 7 days", "<=7 days"),
    ("Orders over $500 are refused without a signature.", "over $500", "<=500 USD"),
    ("Emails with more than 20 recipients are blocked.", "more than 20 recipients", "<=20"),
    ("Catalog files larger than 5 MB are refused by default.", "5 MB", "5 MB"),
    ("Events longer than 65536 bytes are cut at that length.", "longer than 65536 bytes",
     "<=65536 B"),
    # the minimum: the figure itself
    ("Files shorter than 1 second are skipped.", "shorter than 1 second", "1 second"),
    ("Values below 8192 KiB are rejected with an error.", "below 8192 KiB", "8192 KiB"),
    ("Matches scoring below 75 are dropped.", "below 75", "75"),
    ("Passwords shorter than 8 characters are rejected.", "shorter than 8 characters", "8"),
    ("Clips under 2 seconds are ignored.", "under 2 seconds", "2 seconds"),
    ("Readings below 10 ppm are ignored.", "below 10 ppm", "10 ppm"),
    ("Transfers of less than $10 are refused.", "less than $10", "10 USD"),
    ("Words with fewer than 3 letters are dropped.", "fewer than 3 letters", "3"),
    ("The indexer ignores files smaller than 1 KB.", "smaller than 1 KB", "1 kB"),
    # counts of what was refused, and bounds with no refusal: as they are
    ("The council rejected more than 300 applications.", "more than 300 applications", ">300"),
    ("More than 300 applications were rejected last year.", "More than 300 applications",
     ">300"),
    ("Over 40 flights were cancelled.", "Over 40 flights", ">40"),
    ("Hypothermia begins when body temperature drops below 35°C.", "below 35°C", "<35 °C"),
    ("If your peak flow drops below 60% of your best, get help.", "below 60%", "<60%"),
    ("Once the water drops below 50°F, things change.", "below 50°F", "<50 °F"),
    ("A sitemap with more than 50,000 URLs is split into several files.",
     "more than 50,000 URLs", ">50000"),
    ("Blocks more than 10 LU below the average are thrown away.", "more than 10 LU", ">10 LU"),
    ("Images over 5 MB load slowly.", "over 5 MB", ">5 MB"),
]  # fmt: skip

#: Units of specialised fields, and a unit named apart from its figure.
UNITS: list[tuple[str, str, str]] = [
    ("The integrated loudness target is -23 LUFS.", "-23 LUFS", "-23 LUFS"),
    ("Broadcast audio is normalised to -24 LKFS.", "-24 LKFS", "-24 LUFS"),
    ("Streaming services aim for -14 LUFS.", "-14 LUFS", "-14 LUFS"),
    ("The true-peak ceiling is -2 dBTP.", "-2 dBTP", "-2 dBTP"),
    ("Keep peaks at or below -1.0 dBTP.", "at or below -1.0 dBTP", "<=-1.0 dBTP"),
    ("Files within 0.5 LU of the target are copied unchanged.", "within 0.5 LU", "<=0.5 LU"),
    ("The relative gate sits 10 LU below the ungated level.", "10 LU", "10 LU"),
    ("Audio quieter than -60 dBFS is treated as silence.", "-60 dBFS", "-60 dBFS"),
    ("The noise floor is around -90 dBFS.", "around -90 dBFS", "~-90 dBFS"),
    ("The output is 24-bit by default.", "24-bit", "24 bit"),
    ("CDs hold 16-bit audio.", "16-bit", "16 bit"),
    ("The key is 2048 bits long.", "2048 bits", "2048 bit"),
    ("Take 10 billion CFU a day.", "10 billion CFU a day", "10 billion CFU"),
    ("The ship carries 9,400 TEU.", "9,400 TEU", "9400 TEU"),
    ("Keep the water at 6 to 10 dGH.", "6 to 10 dGH", "6-10 dGH"),
    ("Carbonate hardness should be 4 dKH.", "4 dKH", "4 dKH"),
    ("Print at 300 dpi.", "300 dpi", "300 dpi"),
    ("The screen has 460 ppi.", "460 ppi", "460 ppi"),
    ("Her blood pressure was 140/90 mmHg.", "90 mmHg", "90 mmHg"),
    ("Fasting glucose above 7 mmol/L suggests diabetes.", "above 7 mmol/L", ">7 mmol/L"),
    ("Take 1,000 IU of vitamin D.", "1,000 IU", "1000 IU"),
    ("Nitrate levels reached 50 ppm.", "50 ppm", "50 ppm"),
    ("Sound above 85 dB damages hearing.", "above 85 dB", ">85 dB"),
    ("The font is set in 12 pt.", "12 pt", "12 points"),
    # a unit named in the description, apart from the default
    ("Sample rate of the output file, in Hz. Defaults to 48000.", "48000", "48000 Hz"),
    ("Request timeout, in seconds. Defaults to 30.", "30", "30 seconds"),
    ("Maximum upload size (in bytes). Default: 65536.", "65536", "65536 B"),
    ("How far ahead the limiter looks, in milliseconds. Defaults to 5.", "5", "5 ms"),
    ("Integrated loudness to aim for, in LUFS. Defaults to -18.0 when not set.", "-18.0",
     "-18.0 LUFS"),
    ("Bits per sample for integer output. Default: 16.", "16", "16 bit"),
    ("Seconds to wait before retrying. Default: 30.", "30", "30 seconds"),
    ("Number of workers. Default: 4.", "4", "4"),
    ("Price in dollars. Default: 5.", "5", "5"),
    # ... or in the setting's name, in its table row (a configuration example stays bare)
    ("target_lufs = -16.0\n", "-16.0", "-16.0"),
    ("timeout_s = 30\n", "30", "30"),
    ("image_dpi\nint\n150\nResolution that raster images are resampled to.\n", "150",
     "150 dpi"),
    ("margin_mm\nfloat\n20\nMargin on all four sides.\n", "20", "20 mm"),
    ("max_retries\nint\n5\nHow often to retry.\n", "5", "5"),
    ("In a study of 400\npatients, most improved.", "400\npatients", "400"),
    pytest.param("Shoot at f/2.8 in low light.", "f/2.8", "2.8 f-stop",
                 marks=pytest.mark.xfail(strict=True, reason="f-stops are read as no figure")),
    pytest.param("Set the camera to ISO 400.", "ISO 400", "400 ISO",
                 marks=pytest.mark.xfail(strict=True, reason="ISO speeds are read bare")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "value"), [*NEGATED, *REFUSED, *UNITS])
def test_reads(text: str, figure: str, value: str) -> None:
    assert (figure, value) in read(text)


#: Units that compare only with their own kind: logarithmic levels never convert.
APART = [("LUFS", "dBTP"), ("LUFS", "LU"), ("LU", "dB"), ("dBTP", "dBFS"), ("dBFS", "dB"),
         ("LUFS", "dB"), ("CFU", "count"), ("TEU", "m**3"), ("dGH", "dKH"), ("dpi", "L")]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), APART)
def test_units_of_one_kind_only(one: str, other: str) -> None:
    units = Units()
    with pytest.raises(UnitError):
        units.converter(one, other)
    assert units.converter(one, one)(3.0) == 3.0


def test_lkfs_is_lufs_and_dpi_is_dots_per_inch() -> None:
    units = Units()
    assert units.converter("LKFS", "LUFS")(-23.0) == -23.0
    assert units.converter("dpi", "ppi")(300.0) == pytest.approx(300.0)
    assert units.converter("bit", "B")(128.0) == pytest.approx(16.0)
