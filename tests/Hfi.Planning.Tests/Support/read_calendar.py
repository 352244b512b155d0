"""Reads an iCalendar feed from stdin with the python icalendar library and prints what it understood as JSON.

A second parser, independent of Ical.Net, for the Planning tests: the feeds must read the same in both.
"""
import json
import sys
from datetime import date, datetime

import icalendar


def when(value):
    if isinstance(value, datetime):
        return {"local": value.replace(tzinfo=None).isoformat(), "tzid": getattr(value.tzinfo, "zone", None)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return None


def main():
    calendar = icalendar.Calendar.from_ical(sys.stdin.read())
    zones = []
    for zone in calendar.walk("VTIMEZONE"):
        tz = zone.to_tz()
        probes = sys.argv[1:]
        zones.append({
            "tzid": str(zone["TZID"]),
            "parts": [part.name for part in zone.subcomponents],
            "offsets": {probe: tz.localize(datetime.fromisoformat(probe)).strftime("%z") for probe in probes},
        })
    events = []
    for event in calendar.walk("VEVENT"):
        rrule = event.get("RRULE")
        events.append({
            "uid": str(event["UID"]),
            "summary": str(event.get("SUMMARY", "")),
            "status": str(event.get("STATUS", "")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "description": str(event.get("DESCRIPTION", "")),
            "start": when(event.decoded("DTSTART")),
            "end": when(event.decoded("DTEND")) if "DTEND" in event else None,
            "rrule": rrule.to_ical().decode() if rrule is not None else None,
        })
    json.dump({"timezones": zones, "events": events}, sys.stdout, ensure_ascii=False)


main()
