package org.replyaudit.internal.matching;

import org.replyaudit.internal.matching.Bm25ClaimMatcher.Scores;

/**
 * Every matching stage's scores, in the order they were computed.
 *
 * @param lexical BM25 alone
 * @param ordered after typed evidence and the order prior
 * @param carried after paragraph continuity
 * @param responds after structure anchors
 */
public record MatchStages(Scores lexical, Scores ordered, Scores carried, Scores responds) {}
