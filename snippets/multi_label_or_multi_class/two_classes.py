# Two classes: a softmax over two logits equals a sigmoid of their difference.
from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS

pair = LOGITS[:2]  # dog and cat only: a two-class problem
p_softmax = softmax(pair)[0]
difference = pair[0] - pair[1]  # the one logit a sigmoid head would need
p_sigmoid = sigmoid(difference)

dog, cat = LABELS[:2]
print(f"Softmax over {dog} {pair[0]:g}, {cat} {pair[1]:g}: P({dog}) = {p_softmax:.3f}.")
print()
single = f"{pair[0]:g} − {pair[1]:g} = {difference:g}"
print(f"Sigmoid of the single logit {single}: P({dog}) = {p_sigmoid:.3f}.")
