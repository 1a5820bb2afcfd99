# The playground page's widget: it starts from the running example and keeps its state in the
# URL hash, so a link shares exactly what the reader sees.
from snippets.playground.container import playground_container

print(playground_container(keep_state_in_hash=True))
