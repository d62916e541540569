"""The English model's token encoder (its ``tok2vec``), computed for inference alone.

spaCy's small English pipeline encodes every token with six hashed embeddings (NORM, PREFIX,
SUFFIX, SHAPE, SPACY, IS_SPACE) mixed by a maxout layer, then four residual convolutions that
each look one token to either side. thinc runs these layers as general training code: every layer
keeps what backpropagation would need, the embeddings are concatenated before a 576-wide matrix
product, and the whole batch passes through each layer as one array too big for the processor's
cache. Here the same numbers (equal to thinc's within 1e-5, tested) come from:

- the embedding tables multiplied by the mixing layer's weights once, at load, so a token's first
  layer is a sum of looked-up rows and no longer a matrix product;
- maxout without the argmax that training needs;
- windows of ``WINDOW`` tokens, each with the four tokens of context its last layer can see, so
  the arrays stay small and memory does not grow with the document.

The encoder is built only when the loaded model has exactly this shape (``Encoder.of``); any other
model keeps thinc's own computation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

WINDOW = 1_024
"""Tokens encoded at a time: small enough that a window's arrays stay in the processor's cache."""
COLUMNS: list[int | str] = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "SPACY", "IS_SPACE"]
REACH = 1
"""Tokens each convolution sees to either side."""

_OPS = NumpyOps(use_blis=False)


@dataclass(frozen=True)
class _Maxout:
    """A maxout layer followed by layer normalisation, with its weights laid out piece by piece."""

    weights: numpy.ndarray  # (inputs, pieces * width), piece-major columns
    bias: numpy.ndarray  # (pieces * width,)
    gain: numpy.ndarray  # (width,)
    shift: numpy.ndarray  # (width,)
    width: int
    pieces: int

    @classmethod
    def of(cls, maxout: Model, norm: Model) -> _Maxout:
        w = numpy.asarray(maxout.get_param("W"))  # (width, pieces, inputs)
        b = numpy.asarray(maxout.get_param("b"))  # (width, pieces)
        width, pieces, inputs = w.shape
        by_piece = numpy.ascontiguousarray(w.transpose(1, 0, 2).reshape(pieces * width, inputs).T)
        return cls(
            by_piece,
            numpy.ascontiguousarray(b.T.reshape(-1)),
            numpy.asarray(norm.get_param("G")),
            numpy.asarray(norm.get_param("b")),
            width,
            pieces,
        )

    def finish(self, y: numpy.ndarray) -> numpy.ndarray:
        """Pieces of ``y`` (biased already) to the normalised maxout output."""
        w = self.width
        z = numpy.maximum(y[:, :w], y[:, w : 2 * w]) if self.pieces > 1 else y[:, :w].copy()
        for p in range(2, self.pieces):
            numpy.maximum(z, y[:, p * w : (p + 1) * w], out=z)
        mu = z.mean(axis=1, keepdims=True)
        z -= mu
        # The variance as numpy's ``var`` computes it (the same mean, the same sums), from the
        # centred rows already at hand.
        var = numpy.square(z).sum(axis=1, keepdims=True)
        var /= w
        var += 1e-08  # thinc's layernorm epsilon
        z *= var**-0.5
        z *= self.gain
        z += self.shift
        return z


@dataclass(frozen=True)
class Encoder:
    tables: list[tuple[numpy.ndarray, int, int]]
    """Per feature column: its embedding table already multiplied into the mixing layer, its hash
    seed, its column."""
    mix: _Maxout
    blocks: list[_Maxout]
    pad: int
    """Zero rows thinc sets before and after each document for the convolutions."""

    @classmethod
    def of(cls, model: Model) -> Encoder | None:
        """The encoder for this tok2vec model, or None when its layers are not the expected ones."""
        nodes = list(model.walk())
        names = [n.name for n in nodes]
        features = [n for n in nodes if n.name == "extract_features"]
        embeds = [n for n in nodes if n.name == "hashembed"]
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        windows = [n for n in nodes if n.name == "expand_window"]
        padded = [n for n in nodes if n.name.startswith("with_array(residual")]
        if (
            len(features) != 1
            or features[0].attrs.get("columns") != COLUMNS
            or len(embeds) != len(COLUMNS)
            or [e.attrs.get("column") for e in embeds] != list(range(len(COLUMNS)))
            or len(maxouts) != len(norms)
            or len(windows) != len(maxouts) - 1
            or any(w.attrs.get("window_size") != REACH for w in windows)
            or len(padded) != 1
            or padded[0].attrs.get("pad") != len(windows) * REACH
            or any(n in names for n in ("staticvectors", "lstm", "mish", "relu"))
        ):
            return None
        mix = _Maxout.of(maxouts[0], norms[0])
        dim = int(numpy.asarray(embeds[0].get_param("E")).shape[1])
        if mix.weights.shape[0] != dim * len(embeds):
            return None
        tables = []
        for k, e in enumerate(embeds):
            mixed = numpy.asarray(e.get_param("E")) @ mix.weights[k * dim : (k + 1) * dim]
            tables.append((numpy.ascontiguousarray(mixed), int(e.attrs["seed"]), k))
        blocks = [_Maxout.of(m, n) for m, n in zip(maxouts[1:], norms[1:], strict=True)]
        return cls(tables, mix, blocks, int(padded[0].attrs["pad"]))

    def __call__(self, doc: Doc) -> numpy.ndarray:
        """The token vectors of ``doc``, one row per token."""
        n = len(doc)
        out = numpy.empty((n, self.mix.width), dtype="float32")
        if n == 0:
            return out
        features = doc.to_array(COLUMNS).astype("uint64").reshape(n, len(COLUMNS))
        reach = len(self.blocks) * REACH
        for lo in range(0, n, WINDOW):
            hi = min(n, lo + WINDOW)
            a, b = max(0, lo - reach), min(n, hi + reach)
            vectors = self._encode(features[a:b], at_start=a == 0, at_end=b == n)
            left = (self.pad if a == 0 else 0) + lo - a
            out[lo:hi] = vectors[left : left + hi - lo]
        return out

    def _encode(self, features: numpy.ndarray, at_start: bool, at_end: bool) -> numpy.ndarray:
        """Rows for ``features``, with the document's padding on the sides where it begins or
        ends; rows within ``reach`` of another side are only context and come out wrong."""
        n = len(features)
        y = numpy.empty((n, self.mix.weights.shape[1]), dtype="float32")
        y[:] = self.mix.bias
        for table, seed, column in self.tables:
            keys = _OPS.hash(numpy.ascontiguousarray(features[:, column]), seed) % table.shape[0]
            y += _OPS.gather_add(table, keys)
        before = self.pad if at_start else 0
        after = self.pad if at_end else 0
        x = numpy.zeros((before + n + after, self.mix.width), dtype="float32")
        x[before : before + n] = self.mix.finish(y)
        # The window of each row, [previous, own, next], with zeros beyond either end: one
        # array refilled for every block.
        w = self.mix.width
        window = numpy.zeros((len(x), 3 * w), dtype="float32")
        for block in self.blocks:
            window[1:, :w] = x[:-1]
            window[:, w : 2 * w] = x
            window[:-1, 2 * w :] = x[1:]
            y = window @ block.weights
            y += block.bias
            x += block.finish(y)
        return x


def use_encoder(nlp: Language) -> bool:
    """Let the pipeline's tok2vec compute its vectors with ``Encoder``, when the model allows.
    Returns whether it does."""
    if "tok2vec" not in nlp.pipe_names:
        return False
    component = nlp.get_pipe("tok2vec")
    if not isinstance(component, Tok2Vec):
        return False
    encoder = Encoder.of(component.model)
    if encoder is None:
        return False

    def predict(docs: Iterable[Doc]) -> list[Any]:
        return [encoder(doc) for doc in docs]

    component.predict = predict  # type: ignore[method-assign]
    return True
