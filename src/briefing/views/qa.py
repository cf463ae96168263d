"""Research QA: what a careful editor would want to look at before publishing."""

from __future__ import annotations

from collections import Counter

from ..model import Briefing, Finding, Quote
from ..weave.tagging import normal_name
from .quotes import candidate_speakers

MIN_ACTORS = 3
MIN_CANDIDATE_COUNT = 2


def research_qa(briefing: Briefing, quotes: tuple[Quote, ...]) -> list[Finding]:
    findings = _article_findings(briefing)
    findings += _gazetteer_findings(briefing)
    findings += [
        Finding("candidate-actor", f"“{name}” recurs in the text but is no actor of the gazetteer")
        for name in candidate_actors(briefing)
    ]
    findings += [
        Finding("candidate-actor", f"“{name}” is quoted but is no actor of the gazetteer")
        for name in candidate_speakers(list(quotes))
    ]
    return findings


def _article_findings(briefing: Briefing) -> list[Finding]:
    found = []
    for woven in briefing.articles:
        url = f"/articles/{woven.slug}/"
        title = woven.article.title
        if not woven.themes:
            found.append(Finding("no-theme", f"“{title}” treats no theme", url))
        if len(woven.actors) < MIN_ACTORS:
            found.append(
                Finding("few-actors", f"“{title}” mentions fewer than {MIN_ACTORS} actors", url)
            )
        if woven.seed_digest is None:
            continue
        if woven.article.seed_sha256 and woven.seed_digest != woven.article.seed_sha256:
            found.append(
                Finding("seed-changed", f"the seed of “{title}” changed since ingest", url)
            )
        for number, anchor in woven.unsourced:
            found.append(
                Finding(
                    "no-source-line",
                    f"“{title}” paragraph {number} is not in its seed",
                    f"{url}#{anchor}",
                )
            )
    return found


def _gazetteer_findings(briefing: Briefing) -> list[Finding]:
    matched = set().union(*(w.names_matched for w in briefing.articles))
    found = []
    for actor in briefing.gazetteer.actors:
        url = f"/actors/{actor.id}/"
        if actor.id not in briefing.actor_articles and actor.id not in briefing.bylines:
            where = f"content/actors.yml line {actor.line}"
            found.append(
                Finding(
                    "silent-actor",
                    f"{actor.name} ({where}) is mentioned by no article and wrote none: "
                    "remove it, or give it the names the articles use",
                    url,
                )
            )
            continue
        for alias in actor.aliases:
            if normal_name(alias) not in matched:
                found.append(
                    Finding("silent-alias", f"alias “{alias}” of {actor.name} never matches", url)
                )
    return found


def candidate_actors(briefing: Briefing) -> list[str]:
    """Capitalised names that recur in the text and that no actor covers."""
    counts = Counter(name for woven in briefing.articles for name in woven.uncovered_names)
    return sorted(name for name, n in counts.items() if n >= MIN_CANDIDATE_COUNT)
