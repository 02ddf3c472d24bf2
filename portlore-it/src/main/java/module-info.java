/** A consumer of portlore as a user writes it: it requires org.portlore only and finds the data at run time. */
module org.portlore.it {
  requires org.portlore;

  exports org.portlore.it;
}
