from quoteidx.cli import main

main()
