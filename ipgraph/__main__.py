from ipgraph.cli import main

main()
