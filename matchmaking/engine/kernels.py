"""Compiled loops (numba) that apply matchmaking.engine.formula to every organisation of one query.

Why a compiled scan: with real tag popularity a single common capability or sector is shared by
tens of thousands of organisations, so inverted lists touch most rows in random order anyway.
Reading each organisation's few tags in row order and looking them up in small per-query tables
is faster, and allocates nothing. Description similarity is the one costly factor, so it is
computed only for organisations whose other factors could still lift them into the best few
(an upper bound, never an estimate: the result is exact).

The arithmetic mirrors matchmaking.engine.formula step by step and in the same order, so both round
to the same score; the tests compare them on thousands of organisations. Weights arrive as
arguments, never as globals, so a compiled cache can never hold stale weights.
"""

import numpy as np
from numba import njit

# Rounding slack when comparing an upper bound with a rounded score.
BOUND_SLACK = 1e-6


@njit(cache=True, nogil=True)
def round_score(value):
    # The same float operations as formula.round_score.
    return np.floor(value * 1e6 + 0.5) / 1e6


@njit(cache=True, nogil=True)
def better(score_a, id_a, score_b, id_b):
    return score_a > score_b or (score_a == score_b and id_a < id_b)


@njit(cache=True, nogil=True)
def find_worst(top_scores, top_ids, size):
    worst = 0
    for i in range(1, size):
        if better(top_scores[worst], top_ids[worst], top_scores[i], top_ids[i]):
            worst = i
    return worst


@njit(cache=True, nogil=True)
def could_enter(top_scores, top_ids, state, limit, bound, identifier):
    """Whether a candidate whose score is at most `bound` could still make the best `limit`."""
    if state[0] < limit:
        return True
    worst = state[1]
    return better(bound + BOUND_SLACK, identifier, top_scores[worst], top_ids[worst])


@njit(cache=True, nogil=True)
def push(top_rows, top_scores, top_points, top_ids, state, row, identifier, score, points):
    """Keep the best len(top_rows) candidates seen so far, unsorted. state holds how many are
    kept and, once full, where the worst of them is, so most candidates cost one comparison."""
    limit = len(top_rows)
    size = state[0]
    if size < limit:
        position = size
        state[0] = size + 1
    else:
        worst = state[1]
        if not better(score, identifier, top_scores[worst], top_ids[worst]):
            return
        position = worst
    top_rows[position] = row
    top_scores[position] = score
    top_ids[position] = identifier
    top_points[position, :] = points
    if state[0] == limit:
        state[1] = find_worst(top_scores, top_ids, limit)


@njit(cache=True, nogil=True)
def add_postings(
    indptr,
    indices,
    data,
    columns,
    column_weights,
    use_data,
    skip,
    out,
    slot,
    seen,
    touched,
    count,
):
    """out[row] += weight (x value) for every row listed under `columns`, except rows marked in
    `skip` (empty: none); new rows are recorded in `touched` so the caller can zero them
    afterwards. Returns the new touched count."""
    for position in range(len(columns)):
        column = columns[position]
        weight = column_weights[position]
        for pointer in range(indptr[column], indptr[column + 1]):
            row = indices[pointer]
            if len(skip) and skip[row]:
                continue
            if not seen[row]:
                seen[row] = True
                touched[count] = row
                count += 1
            out[row, slot] += weight * data[pointer] if use_data else weight
    return count


@njit(cache=True, nogil=True)
def collect_postings(indptr, indices, columns, marks, bit, out):
    """Each row listed under `columns` once, into out, marking it with `bit` in marks (rows
    already marked are left out). Returns how many."""
    count = 0
    for column in columns:
        for pointer in range(indptr[column], indptr[column + 1]):
            row = indices[pointer]
            if not marks[row] & bit:
                marks[row] |= bit
                out[count] = row
                count += 1
    return count


@njit(cache=True, nogil=True)
def clear(out, seen, touched, count):
    for i in range(count):
        row = touched[i]
        out[row, :] = 0.0
        seen[row] = False


@njit(cache=True, nogil=True, inline="always")
def text_bound_of(partial, text_rest, common_norm):
    """At least the description's cosine for a row: the terms summed exactly (partial) plus a
    bound on the rest. text_rest holds [each rest term at most its largest weight anywhere,
    the same for the rest's rare terms only, the length of the query's common rest terms]; by
    Cauchy-Schwarz the common terms add at most that length times the row's own length on
    common terms (common_norm), which is small because common words weigh little."""
    rest = min(text_rest[0], text_rest[1] + text_rest[2] * common_norm)
    return min(1.0, partial + rest)


@njit(cache=True, nogil=True, inline="always")
def text_power(similarity, exponent):
    # formula.text_fit: monotone, so the power of a bound is a bound
    return similarity**exponent if similarity > 0 else 0.0


@njit(cache=True, nogil=True)
def text_dot(text_indptr, text_indices, text_values, local, query_dense):
    total = 0.0
    for pointer in range(text_indptr[local], text_indptr[local + 1]):
        total += text_values[pointer] * query_dense[text_indices[pointer]]
    return total


# Columns of the per-query tag table: what one tag of a candidate adds to each count.
# RELATED_BOUND: what a candidate's offer could meet of the query's needs through related
# capabilities, summed over the needs (at least the per-need best that the score takes).
(
    THEY_MEET_MY_NEEDS, SHARED_OFFER, I_MEET_THEIR_NEEDS, SECTOR_COMMON, IN_SECTOR_FILTER,
    RELATED_BOUND,
) = range(6)  # fmt: skip
TAG_TABLE_COLUMNS = 6
# Columns of the per-row quick array (see MatchingIndex._refresh_derived).
SEEKS_INVERSE, ACTIVITY_ROOT, OFFERS_INVERSE, SECTOR_WEIGHT_SUM_INVERSE = range(4)

# How many candidates with the highest bounds are scored before all others. Their best set a
# high bar at once, so that for most other rows the bound alone rules them out, before the
# costly description similarity. Scanning in row order instead, the bar starts at zero and
# rises slowly, and several times as many rows are scored in full.
EARLY_CANDIDATES = 64
# Marks a candidate's bound once it has been scored early (bounds are never negative).
SCORED_EARLY = -1.0


@njit(cache=True, nogil=True, inline="always")
def partner_tag_counts(tags_indptr, tags_indices, tag_table, local):
    """What the row's tags add up to in each column of the query's tag table. Every tag adds its
    whole table row: the table holds zeros where a kind of tag cannot add, and a loop without
    branches runs much faster than one that asks which kind each tag is."""
    they_meet = 0.0
    shared = 0.0
    i_meet = 0.0
    sector_common = 0.0
    in_filter = 0.0
    related = 0.0
    for pointer in range(tags_indptr[local], tags_indptr[local + 1]):
        tag = tags_indices[pointer]
        they_meet += tag_table[tag, THEY_MEET_MY_NEEDS]
        shared += tag_table[tag, SHARED_OFFER]
        i_meet += tag_table[tag, I_MEET_THEIR_NEEDS]
        sector_common += tag_table[tag, SECTOR_COMMON]
        in_filter += tag_table[tag, IN_SECTOR_FILTER]
        related += tag_table[tag, RELATED_BOUND]
    return they_meet, shared, i_meet, sector_common, in_filter, related


@njit(cache=True, nogil=True)
def needs_met(tags_indptr, tags_indices, local, need_credit, best):
    """formula.share_of_needs_met's sum for the query's needs: for each need (a column of
    need_credit, in id order), the best credit any offer of the row gives it (1 for the need
    itself, less for a related capability). Offers are the row's tags below the number of
    capabilities, first in its sorted list."""
    capabilities = need_credit.shape[0]
    best[:] = 0.0
    for pointer in range(tags_indptr[local], tags_indptr[local + 1]):
        tag = tags_indices[pointer]
        if tag >= capabilities:
            break
        for need in range(need_credit.shape[1]):
            if need_credit[tag, need] > best[need]:
                best[need] = need_credit[tag, need]
    total = 0.0
    for need in range(len(best)):
        total += best[need]
    return total


@njit(cache=True, nogil=True, inline="always")
def opportunity_tag_counts(tags_indptr, tags_indices, tag_table, local):
    """partner_tag_counts for an opportunity, which only reads two columns."""
    covered = 0.0
    sector_common = 0.0
    for pointer in range(tags_indptr[local], tags_indptr[local + 1]):
        tag = tags_indices[pointer]
        covered += tag_table[tag, THEY_MEET_MY_NEEDS]
        sector_common += tag_table[tag, SECTOR_COMMON]
    return covered, sector_common


@njit(cache=True, nogil=True, inline="always")
def partner_bound(
    they_meet, shared, i_meet, sector_common, tie_raw, text_bound, seeks_inverse,
    offers_inverse, sector_weight_sum_inverse, activity_root, inverse_seeks_query,
    inverse_offers_query, inverse_sector_weight_sum_query, root_activity_query, weights,
    one_way_share, tie_share, activity_share, tie_half,
):  # fmt: skip
    """At least formula.partner_score for a row with these tag counts (see scan_partners),
    without divisions: each factor's largest value given the counts, times its weight. A new
    factor or new arithmetic in the formula needs its own bound here."""
    # The harmonic mean of the two gains is at most their arithmetic mean and at most twice
    # the smaller gain.
    gain_mine = they_meet * inverse_seeks_query
    gain_theirs = i_meet * seeks_inverse
    mean = 0.5 * (gain_mine + gain_theirs)
    harmonic = min(mean, 2.0 * min(gain_mine, gain_theirs))
    complementarity = (1.0 - one_way_share) * harmonic + one_way_share * mean
    # A union is at least as large as either side.
    sectors = sector_common * min(inverse_sector_weight_sum_query, sector_weight_sum_inverse)
    shared_capabilities = shared * min(inverse_offers_query, offers_inverse)
    # raw / (raw + half) is below both raw / half and 1.
    network = (
        tie_share * min(tie_raw / tie_half, 1.0)
        + activity_share * root_activity_query * activity_root
    )
    return (
        weights[0] * min(1.0, complementarity)
        + weights[1] * network
        + weights[2] * min(1.0, sectors)
        + weights[3] * text_bound
        + weights[4] * min(1.0, shared_capabilities)
    )


@njit(cache=True, nogil=True)
def highest(values, count, k):
    """Positions of the k largest of values[:count], in no order (all, when there are fewer)."""
    if count <= k:
        return np.arange(count)
    kept = np.arange(k)
    smallest = np.argmin(values[kept])
    for i in range(k, count):
        if values[i] > values[kept[smallest]]:
            kept[smallest] = i
            smallest = np.argmin(values[kept])
    return kept


@njit(cache=True, nogil=True)
def bar_of(top_scores, state, limit):
    """The score to beat: the worst kept one, or minus infinity while there is room."""
    return top_scores[state[1]] if limit > 0 and state[0] == limit else -np.inf


@njit(cache=True, nogil=True)
def scan_partners(
    query_row, ranges, row_map, tags_indptr, tags_indices, text_indptr, text_indices,
    text_values, tag_table, sector_filter_active, gate, gate_open, blocked, block_mask,
    count_seeks_query, count_offers_query, sector_weight_sum_query, activity_query,
    text_query, text_known, text_rest, common_text_norm, weight_table, evidence, need_credit,
    one_way_share, tie_share, activity_share, tie_half, activity_power, ids, seeks_count,
    offers_count,
    sector_weight_sum, activity, quick, per_query, candidates, candidate_bounds, top_rows,
    top_scores, top_points, top_ids, state,
):  # fmt: skip
    """Score the local rows of one segment within `ranges` as partners for the query, by the
    formula, keeping the best in the top arrays.

    Each row's tags (offers, seeks, sectors) are one list of tag numbers; `tag_table[tag]` says
    what that tag adds to each count for this query. row_map gives each local row's global row
    (empty: the same). A row is skipped when `blocked & block_mask` (bit 1: held by a newer
    segment, bit 2: excluded from this query, bit 4: already scanned) or when its gate (country
    and kind; -1 when unpublished) is closed. quick[row] holds reciprocals and roots of the
    row's counts (columns above), for a first bound without divisions; per_query[row] holds the
    network tie and the exactly summed part of the description similarity. weight_table[bits]
    holds the weights for a row whose profile holds `bits` of evidence (evidence[row]), as
    formula.evidence_weights scales them for this query. need_credit (capabilities x the
    query's needs; empty when no need has a related capability) gives what each offer meets of
    each need, for needs_met.

    Three passes: an upper bound for every row (into the scratch arrays candidates and
    candidate_bounds), then the EARLY_CANDIDATES rows with the highest bounds, then the rest,
    most of which their bound alone rules out."""
    limit = len(top_rows)
    inverse_seeks_query = 1.0 / count_seeks_query if count_seeks_query else 0.0
    inverse_offers_query = 1.0 / count_offers_query if count_offers_query else 0.0
    inverse_sector_weight_sum_query = (
        1.0 / sector_weight_sum_query if sector_weight_sum_query > 0 else 0.0
    )
    root_activity_query = activity_query**activity_power
    count = 0
    for r in range(ranges.shape[0]):
        for local in range(ranges[r, 0], ranges[r, 1]):
            row = row_map[local] if len(row_map) else local
            if blocked[row] & block_mask or row == query_row:
                continue
            door = gate[row]
            if door < 0 or not gate_open[door]:
                continue
            they_meet, shared, i_meet, sector_common, in_filter, related = partner_tag_counts(
                tags_indptr, tags_indices, tag_table, local
            )
            if sector_filter_active and in_filter == 0:
                continue
            they_meet += related
            tie_raw = per_query[row, 0]
            text_bound = text_bound_of(per_query[row, 1], text_rest, common_text_norm[row])
            if they_meet + i_meet + shared + sector_common + tie_raw + text_bound <= 0:
                continue
            candidates[count] = local
            candidate_bounds[count] = partner_bound(
                they_meet, shared, i_meet, sector_common, tie_raw, text_bound,
                quick[row, SEEKS_INVERSE], quick[row, OFFERS_INVERSE],
                quick[row, SECTOR_WEIGHT_SUM_INVERSE], quick[row, ACTIVITY_ROOT],
                inverse_seeks_query, inverse_offers_query, inverse_sector_weight_sum_query,
                root_activity_query, weight_table[evidence[row]], one_way_share, tie_share,
                activity_share, tie_half,
            )  # fmt: skip
            count += 1

    points = np.zeros(5)
    use_related = need_credit.shape[0] > 0
    best = np.zeros(need_credit.shape[1])

    def consider(i):
        """Score candidate i by the formula unless its bounds rule it out."""
        local = candidates[i]
        row = row_map[local] if len(row_map) else local
        if not could_enter(top_scores, top_ids, state, limit, candidate_bounds[i], ids[row]):
            return
        they_meet, shared, i_meet, sector_common, _, _ = partner_tag_counts(
            tags_indptr, tags_indices, tag_table, local
        )
        if use_related:
            they_meet = needs_met(tags_indptr, tags_indices, local, need_credit, best)
        tie_raw = per_query[row, 0]
        text_partial = per_query[row, 1]
        text_bound = text_bound_of(text_partial, text_rest, common_text_norm[row])
        # formula.share_of_needs_met, both ways, then formula.reciprocal_gain
        gain_mine = they_meet / count_seeks_query if count_seeks_query else 0.0
        gain_theirs = i_meet / seeks_count[row] if seeks_count[row] else 0.0
        gain_sum = gain_mine + gain_theirs
        harmonic = 0.0 if gain_sum == 0 else 2.0 * gain_mine * gain_theirs / gain_sum
        complementarity = (1.0 - one_way_share) * harmonic + one_way_share * (gain_sum / 2.0)
        # formula.weighted_jaccard over sectors, formula.jaccard over offers
        sectors = 0.0
        if sector_common > 0:
            union = sector_weight_sum_query + sector_weight_sum[row] - sector_common
            sectors = sector_common / union
        shared_capabilities = 0.0
        if shared > 0:
            shared_capabilities = shared / (count_offers_query + offers_count[row] - shared)
        # formula.network_tie and formula.activity
        tie = tie_raw / (tie_raw + tie_half)
        network = (
            tie_share * tie + activity_share * (activity_query * activity[row]) ** activity_power
        )

        known_fit = complementarity > 0 or sectors > 0 or shared_capabilities > 0 or tie > 0
        if not known_fit and text_bound <= 0:
            return
        weights = weight_table[evidence[row]]
        points[0] = weights[0] * complementarity
        points[1] = weights[1] * network
        points[2] = weights[2] * sectors
        points[4] = weights[4] * shared_capabilities
        # Everything but the description exactly: its similarity is the one costly factor.
        bound = points[0] + points[1] + points[2] + weights[3] * text_bound + points[4]
        if not could_enter(top_scores, top_ids, state, limit, bound, ids[row]):
            return
        if text_known:
            text = text_partial
        else:
            text = text_dot(text_indptr, text_indices, text_values, local, text_query)
        if not known_fit and text <= 0:
            return
        points[3] = weights[3] * text
        total = 0.0
        for factor in range(5):
            total += points[factor]
        push(
            top_rows, top_scores, top_points, top_ids, state, row, ids[row],
            round_score(total), points,
        )  # fmt: skip

    for i in highest(candidate_bounds, count, EARLY_CANDIDATES):
        consider(i)
        candidate_bounds[i] = SCORED_EARLY
    bar = bar_of(top_scores, state, limit)
    for i in range(count):
        # The common case first, in few instructions: the bound alone rules the row out.
        bound = candidate_bounds[i]
        if bound == SCORED_EARLY or bound + BOUND_SLACK < bar:
            continue
        consider(i)
        bar = bar_of(top_scores, state, limit)


@njit(cache=True, nogil=True)
def scan_organisations_for_opportunity(
    ranges, row_map, tags_indptr, tags_indices, text_indptr, text_indices, text_values,
    tag_table, count_required, sector_weight_total, gate, gate_open, blocked, block_mask,
    founded_year, max_age, today_year, unknown_year, text_query, text_known,
    text_rest, common_text_norm, weight_table, evidence, activity, ids, per_query, candidates,
    candidate_bounds, candidate_points, text_exponent, past, past_exponent,
    top_rows, top_scores, top_points, top_ids, state,
):  # fmt: skip
    """Score the local rows of one segment within `ranges` for one opportunity. The gate
    already encodes eligibility by country and kind; the age limit is checked here. The same
    three passes and evidence weights as scan_partners. `past` holds each row's best cosine
    with one of its past projects (best_project_similarity): exact, so it bounds itself."""
    limit = len(top_rows)
    count = 0
    for r in range(ranges.shape[0]):
        for local in range(ranges[r, 0], ranges[r, 1]):
            row = row_map[local] if len(row_map) else local
            if blocked[row] & block_mask:
                continue
            door = gate[row]
            if door < 0 or not gate_open[door]:
                continue
            # formula.is_eligible: a hard filter, never a lower score
            if max_age >= 0 and (
                founded_year[row] == unknown_year or today_year - founded_year[row] > max_age
            ):
                continue
            covered, sector_common = opportunity_tag_counts(
                tags_indptr, tags_indices, tag_table, local
            )
            text_bound = text_bound_of(per_query[row, 1], text_rest, common_text_norm[row])
            if covered <= 0 and sector_common <= 0 and text_bound <= 0 and past[row] <= 0:
                continue
            # Coverage, sectors and track record exactly, the description at most its bound (a
            # new factor needs its own bound here).
            candidates[count] = local
            weights = weight_table[evidence[row]]
            # Kept, so that scoring the candidate later need not read its tags again.
            coverage_points = weights[0] * (covered / count_required if count_required else 0.0)
            sector_points = weights[1] * (
                sector_common / sector_weight_total if sector_weight_total else 0.0
            )
            candidate_points[count, 0] = coverage_points
            candidate_points[count, 1] = sector_points
            candidate_bounds[count] = (
                coverage_points + sector_points + weights[2] * text_power(text_bound, text_exponent)
                + weights[3] * activity[row] + weights[4] * text_power(past[row], past_exponent)
            )  # fmt: skip
            count += 1

    points = np.zeros(5)

    def consider(i):
        """Score candidate i by the formula unless its bound rules it out."""
        local = candidates[i]
        row = row_map[local] if len(row_map) else local
        if not could_enter(top_scores, top_ids, state, limit, candidate_bounds[i], ids[row]):
            return
        points[0] = candidate_points[i, 0]
        points[1] = candidate_points[i, 1]
        if text_known:
            text = per_query[row, 1]
        else:
            text = text_dot(text_indptr, text_indices, text_values, local, text_query)
        if points[0] <= 0 and points[1] <= 0 and text <= 0 and past[row] <= 0:
            return
        weights = weight_table[evidence[row]]
        points[2] = weights[2] * text_power(text, text_exponent)
        # formula.activity as the track record, counted only next to some fit
        points[3] = weights[3] * activity[row]
        # formula.past_project_fit
        points[4] = weights[4] * text_power(past[row], past_exponent)
        total = points[0] + points[1] + points[2] + points[3] + points[4]
        push(
            top_rows, top_scores, top_points, top_ids, state, row, ids[row],
            round_score(total), points,
        )  # fmt: skip

    for i in highest(candidate_bounds, count, EARLY_CANDIDATES):
        consider(i)
        candidate_bounds[i] = SCORED_EARLY
    bar = bar_of(top_scores, state, limit)
    for i in range(count):
        bound = candidate_bounds[i]
        if bound == SCORED_EARLY or bound + BOUND_SLACK < bar:
            continue
        consider(i)
        bar = bar_of(top_scores, state, limit)


@njit(cache=True, nogil=True)
def best_project_similarity(
    by_term_indptr, by_term_indices, by_term_data, terms, weights, members_indptr,
    members_indices, projects_indptr, projects_indices, counted, similarity, touched_projects,
    seen, best, rows,
):  # fmt: skip
    """formula.past_project_similarity for every row at once: the query's cosine with each
    past project (one sparse product over the query's terms' inverted lists, into
    `similarity`, zeros on entry and on return), then, only for the rows that took part in a
    project sharing a word with the query (members_*: the projects' member rows), the mean of
    their `counted` best (into `best`, zeros on entry; every other row's stays 0). Returns how
    many rows it set, listed first in `rows`; `seen` (False on entry) is left False. Terms are
    summed in increasing order and a row's best from the largest down, as the formula adds
    them, so both give the same bits. Reading only those rows, not every row's projects, took
    the factor's cost off the queries whose words few past projects use (issue 12, point 8)."""
    project_count = 0
    for k in range(len(terms)):
        term = terms[k]
        weight = weights[k]
        for pointer in range(by_term_indptr[term], by_term_indptr[term + 1]):
            project = by_term_indices[pointer]
            if similarity[project] == 0.0:
                touched_projects[project_count] = project
                project_count += 1
            similarity[project] += weight * by_term_data[pointer]
    row_count = 0
    for n in range(project_count):
        project = touched_projects[n]
        for pointer in range(members_indptr[project], members_indptr[project + 1]):
            row = members_indices[pointer]
            if not seen[row]:
                seen[row] = True
                rows[row_count] = row
                row_count += 1
    top = np.zeros(counted)
    for n in range(row_count):
        row = rows[n]
        seen[row] = False
        top[:] = 0.0
        for pointer in range(projects_indptr[row], projects_indptr[row + 1]):
            value = similarity[projects_indices[pointer]]
            if value <= top[counted - 1]:
                continue
            # insert, keeping top in descending order
            position = counted - 1
            while position > 0 and top[position - 1] < value:
                top[position] = top[position - 1]
                position -= 1
            top[position] = value
        total = 0.0
        for position in range(counted):
            total += top[position]
        best[row] = total / counted
    for n in range(project_count):
        similarity[touched_projects[n]] = 0.0
    return row_count
