#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes Metodist's built-in demo monitoring: the Kirov region's 45
municipalities over ten weeks, ending with 29.11.2023-06.12.2023.

Names, kinds, OKTMO codes and populations come from
../shared/data/kirov-municipalities.csv. Six counts of the last week are
the ones shown at the region's meeting; every other number is synthetic,
sized from the population and drifting from week to week, from a fixed
seed, so running this again gives the same files.

    python3 build-aux/make-demo.py ../shared/data/kirov-municipalities.csv src/core/demo
"""

import csv
import datetime
import json
import os
import random
import sys

SEED = 20231206
WEEKS = 10
LAST_FROM = datetime.date(2023, 11, 29)
REGION = "Кировская область"
PLATFORM = "VK Мессенджер (Сферум)"
SOURCE = ("Демонстрационные данные Metodist: числа вымышлены, кроме шести "
          "показателей, показанных на совещании 07.12.2023")

# (active teachers, active students) shown at the meeting for 29.11-06.12.2023.
MEETING = {
    "г.о. Киров": (1044, 7785),
    "г.о. Вятские Поляны": (196, 1228),
    "г.о. Кирово-Чепецк": (84, 904),
    "Юрьянский": (58, 22),
    "Слободской": (49, 35),
    "Афанасьевский": (44, 41),
}

# FORMATS.md's example: the city of Kirov's totals and schools.
KIROV = {"organizations": 112, "teachers": 5210, "students": 71500}

LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "j", "k", "l", "m",
                  "n", "o", "p", "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "shch",
                  "", "y", "", "e", "yu", "ya"]))


def stable_id(row):
    """OKTMO where known; otherwise an id of our own that never changes."""
    if row["oktmo"]:
        return row["oktmo"]
    name = row["short_name"].lower()
    return "mt-43-" + "".join(LATIN.get(c, c) for c in name if c.isalnum())


def split(total, parts, rng):
    """Splits a whole number into `parts` whole numbers that sum to it."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    scale = sum(weights)
    shares = [int(total * w / scale) for w in weights]
    for i in range(total - sum(shares)):
        shares[i % parts] += 1
    return shares


def main():
    source_csv, out_dir = sys.argv[1], sys.argv[2]
    rng = random.Random(SEED)
    with open(source_csv, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 45, len(rows)

    municipalities = []
    for row in rows:
        population = int(row["population"]) if row["population"] else rng.randint(6000, 12000)
        name = row["short_name"]
        if name == "г.о. Киров":
            size = dict(KIROV)
        else:
            students = int(population * rng.uniform(0.105, 0.125))
            size = {
                "organizations": max(3, round(population / rng.uniform(1400, 2200))),
                "teachers": max(25, int(students / rng.uniform(11, 14))),
                "students": students,
            }
        municipalities.append({
            "id": stable_id(row),
            "name": name,
            "size": size,
            # Where each municipality's activity starts ten weeks back, and how fast it grows.
            "teachers_share": rng.uniform(0.06, 0.3),
            "students_share": rng.uniform(0.01, 0.12),
            "growth": rng.uniform(0.97, 1.06),
        })

    # The six municipalities of the meeting head for their shown counts, so
    # that their last week continues the weeks before it.
    for m in municipalities:
        if m["name"] in MEETING:
            teachers, students = MEETING[m["name"]]
            back = m["growth"] ** (WEEKS - 1)
            m["teachers_share"] = teachers / m["size"]["teachers"] / back
            m["students_share"] = students / m["size"]["students"] / back

    # Schools: their sizes are fixed shares of the municipality, over all weeks.
    for m in municipalities:
        n = m["size"]["organizations"]
        m["schools"] = [{
            "id": "%s-%03d" % (m["id"], i + 1),
            "name": "МОУ СОШ № %d (%s)" % (i + 1, m["name"]),
        } for i in range(n)]
        m["school_teachers"] = split(m["size"]["teachers"], n, rng)
        m["school_students"] = split(m["size"]["students"], n, rng)

    os.makedirs(out_dir, exist_ok=True)
    for week in range(WEEKS):
        first = LAST_FROM - datetime.timedelta(days=7 * (WEEKS - 1 - week))
        last = first + datetime.timedelta(days=7)
        document = {
            "format": "metodist-monitoring",
            "version": 1,
            "demo": True,
            "region": REGION,
            "platform": PLATFORM,
            "period": {"from": first.isoformat(), "to": last.isoformat()},
            "published": last.isoformat() + "T15:00:00+03:00",
            "source": SOURCE,
            "municipalities": [],
            "organizations": [],
        }
        for m in municipalities:
            size = m["size"]
            wobble = m["growth"] ** week
            teachers = min(size["teachers"], int(size["teachers"] * min(0.95, m["teachers_share"] * wobble * rng.uniform(0.93, 1.07))))
            students = min(size["students"], int(size["students"] * min(0.9, m["students_share"] * wobble * rng.uniform(0.9, 1.1))))
            if week == WEEKS - 1 and m["name"] in MEETING:
                teachers, students = MEETING[m["name"]]
            assert teachers <= size["teachers"] and students <= size["students"], m["name"]
            document["municipalities"].append({
                "id": m["id"],
                "name": m["name"],
                "organizations": size["organizations"],
                "teachers": {"total": size["teachers"], "active": teachers},
                "students": {"total": size["students"], "active": students},
            })
            # Spread the active people over the schools, never above a school's staff.
            active_t = spread(teachers, m["school_teachers"], rng)
            active_s = spread(students, m["school_students"], rng)
            for school, t_all, s_all, t, s in zip(m["schools"], m["school_teachers"],
                                                  m["school_students"], active_t, active_s):
                document["organizations"].append({
                    "id": school["id"],
                    "name": school["name"],
                    "municipality": m["id"],
                    "teachers": {"total": t_all, "active": t},
                    "students": {"total": s_all, "active": s},
                })
        path = os.path.join(out_dir, "monitoring-%s.json" % first.isoformat())
        with open(path, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=1)
            f.write("\n")


def spread(active, capacities, rng):
    """Splits `active` over places with the given capacities, each within its capacity."""
    result = [0] * len(capacities)
    left = active
    order = list(range(len(capacities)))
    while left > 0:
        rng.shuffle(order)
        for i in order:
            room = capacities[i] - result[i]
            if room <= 0 or left <= 0:
                continue
            step = min(room, left, max(1, active // (2 * len(capacities))))
            result[i] += step
            left -= step
    return result


if __name__ == "__main__":
    main()
