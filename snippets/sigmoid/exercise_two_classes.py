# A softmax over two classes is a sigmoid of the difference of their logits.
from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS

pair = LOGITS[:2]  # dog and cat only
two_class = softmax(pair)
one_sigmoid = sigmoid(pair[0] - pair[1])

print(
    f"softmax({pair[0]:g}, {pair[1]:g}) gives {LABELS[0]} {two_class[0]:.15g}; "
    f"&sigma;({pair[0]:g} − {pair[1]:g}) = &sigma;({pair[0] - pair[1]:g}) = "
    f"{one_sigmoid:.15g}. They agree to 15 significant digits."
)
