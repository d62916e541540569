"""Publication dates as sortable UTC strings, whatever form the source gave them in."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: str | None) -> str | None:
    """``'YYYY-MM-DDTHH:MM:SS'`` in UTC (a bare date is midnight), or ``None`` when unreadable."""
    if not value:
        return None
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            m = _DATE.search(text)
            if m:
                try:
                    parsed = datetime(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    parsed = None
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
        except OverflowError:  # "0001-01-01T00:00:00+05:00" is in year 0 in UTC: the calendar's edge
            parsed = datetime.min if parsed.year == datetime.min.year else datetime.max
    # isoformat pads the year to four digits (strftime's %Y writes year 1 as "1"), so the strings
    # sort as the dates do.
    return parsed.replace(microsecond=0).isoformat()
