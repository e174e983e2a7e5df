"""Descriptions for synthetic records: a mix of the words of the record's capabilities and
generic business words, drawn with numpy for all records at once (word by word in Python
took a third of the time for 100,000 organisations)."""

import numpy as np

from tooling.synthetic.vocabulary import GENERIC_WORDS


class TextVocabulary:
    """Every word once, and each capability's words as a row of indices into them."""

    def __init__(self, capability_words: list[list[str]]):
        words = list(dict.fromkeys([*(w for ws in capability_words for w in ws), *GENERIC_WORDS]))
        position = {word: index for index, word in enumerate(words)}
        self.words = np.array(words, dtype=object)
        width = max(len(ws) for ws in capability_words)
        self.capability_word_ids = np.zeros((len(capability_words), width), dtype=np.int64)
        for capability, ws in enumerate(capability_words):
            self.capability_word_ids[capability, : len(ws)] = [position[w] for w in ws]
        self.capability_word_counts = np.array([len(ws) for ws in capability_words])
        self.generic_ids = np.array([position[w] for w in GENERIC_WORDS])


def synthetic_texts(
    *,
    rng: np.random.Generator,
    vocabulary: TextVocabulary,
    capabilities: list[list[int]],
    lengths: np.ndarray,
    specific_share: float,
) -> list[str]:
    """One sentence per entry of `capabilities` (a non-empty list of capability indices),
    lengths[i] words long; each word is, with chance specific_share, a word of one of those
    capabilities, else a generic word."""
    count = len(capabilities)
    width = int(lengths.max()) if count else 0
    topic_counts = np.array([len(topics) for topics in capabilities])
    topics = np.zeros((count, int(topic_counts.max()) if count else 0), dtype=np.int64)
    for row, capability_list in enumerate(capabilities):
        topics[row, : len(capability_list)] = capability_list
    rows = np.arange(count)[:, None]
    chosen = topics[rows, (rng.random((count, width)) * topic_counts[:, None]).astype(np.int64)]
    within = (rng.random((count, width)) * vocabulary.capability_word_counts[chosen]).astype(
        np.int64
    )
    specific = vocabulary.capability_word_ids[chosen, within]
    generic = vocabulary.generic_ids[
        rng.integers(0, len(vocabulary.generic_ids), size=(count, width))
    ]
    ids = np.where(rng.random((count, width)) < specific_share, specific, generic)
    texts = []
    for words, length in zip(vocabulary.words[ids].tolist(), lengths.tolist(), strict=True):
        text = " ".join(words[:length])
        texts.append(f"{text[:1].upper()}{text[1:]}.")
    return texts
