"""`streamlit run ...` as Pathways starts it everywhere (make run, make serve, the container):
the same command, except that the server never asks an outside host for this machine's public
address. Streamlit asks checkip.amazonaws.com whenever a page from another site connects, and
no setting turns that off.

    python deploy/run_streamlit.py run app.py --server.port 8501
"""

import sys

from streamlit import net_util
from streamlit.web import cli

net_util.get_external_ip = lambda: None
sys.exit(cli.main(prog_name="streamlit"))
