# The playground in base 2: switch the base or move the temperature and compare.
from snippets.playground.container import playground_container

print(playground_container(keep_state_in_hash=False, base=2.0))
