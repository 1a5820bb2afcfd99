# The playground, embedded: change the logits and watch the softmax and the sigmoid respond.
from snippets.playground.container import playground_container

print(playground_container(keep_state_in_hash=False))
