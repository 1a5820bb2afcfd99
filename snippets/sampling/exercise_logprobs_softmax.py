# Logprobs as logits: their softmax is the same distribution, and they are their own log-softmax.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.sampling.next_token import NEXT_LOGITS

logprobs = log_softmax(NEXT_LOGITS)
same_probs = np.allclose(softmax(logprobs), softmax(NEXT_LOGITS), rtol=1e-12)
fixed_point = np.allclose(log_softmax(logprobs), logprobs, rtol=1e-12)
shifted = np.allclose(log_softmax(NEXT_LOGITS + 7.5), logprobs, rtol=1e-12)
print(
    f"softmax(logprobs) = softmax(*z*): {same_probs}. log_softmax(logprobs) = logprobs: "
    f"{fixed_point}. Logits shifted by 7.5 give the same logprobs: {shifted}."
)
